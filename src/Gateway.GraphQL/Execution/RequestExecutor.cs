using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The request pipeline: document cache (parse + validate), operation selection, allowed operation types,
/// variable coercion, then execution on an <see cref="ExecutionPump"/> under the execution timeout.
/// </summary>
internal sealed partial class RequestExecutor : IRequestExecutor
{
    private readonly ExecutableSchema _schema;
    private readonly GraphQLServerOptions _options;
    private readonly ParserOptions _parserOptions;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly ILogger _logger;
    private readonly DocumentCache _cache;

    public RequestExecutor(ExecutableSchema schema, GraphQLServerOptions options, IServiceScopeFactory scopeFactory, ILogger logger)
    {
        _schema = schema;
        _options = options;
        _parserOptions = options.ParserOptions ?? ParserOptions.Default;
        _scopeFactory = scopeFactory;
        _logger = logger;
        _cache = new DocumentCache(options.DocumentCacheSize);
    }

    public Schema Schema => _schema.Schema;

    internal DocumentCache Cache => _cache;

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return Task.FromResult(ExecutionResult.FromError(new GraphQLError("Must provide query string.", ErrorCodes.BadRequest)));
        }

        var document = GetDocument(request.Query, out var parseError);
        if (document is null)
        {
            return Task.FromResult(parseError!);
        }

        if (document.ValidationErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.FromErrors(document.ValidationErrors));
        }

        var operation = SelectOperation(document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return Task.FromResult(operationError!);
        }

        var kind = operation.Operation switch
        {
            OperationType.Mutation => OperationKinds.Mutation,
            OperationType.Subscription => OperationKinds.Subscription,
            _ => OperationKinds.Query,
        };
        if ((request.AllowedOperations & kind) == 0)
        {
            return Task.FromResult(ExecutionResult.FromError(
                new GraphQLError($"Operation type \"{OperationName(operation.Operation)}\" is not allowed for this request.", ErrorCodes.OperationNotSupported, ExecutionErrors.LocationsOf(operation)),
                ResultKind.OperationNotAllowed));
        }

        if (operation.Operation == OperationType.Subscription)
        {
            return Task.FromResult(ExecutionResult.FromError(
                new GraphQLError("Subscriptions are not supported yet.", ErrorCodes.OperationNotSupported, ExecutionErrors.LocationsOf(operation))));
        }

        var rootType = _schema.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return Task.FromResult(ExecutionResult.FromError(
                new GraphQLError($"Schema is not configured to execute {OperationName(operation.Operation)} operation.", ErrorCodes.OperationResolutionFailed, ExecutionErrors.LocationsOf(operation))));
        }

        var coercionErrors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(_schema.Schema, operation, request.Variables, coercionErrors);
        if (coercionErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.FromErrors(coercionErrors));
        }

        // Protection hook: bounded variable values.
        if (Limits.InputLimits.Check(variables, _options.Limits) is { } inputError)
        {
            return Task.FromResult(ExecutionResult.FromError(inputError));
        }

        // Protection hook: static cost from the actual variable values (refuses, reports or only computes).
        var cost = CostGate.Check(_schema, document.Fragments, operation, rootType, variables, _options.Cost, request.CostReport, out var costResult);
        if (costResult is not null)
        {
            return Task.FromResult(costResult);
        }

        var plans = document.GetRootPlans(_schema, rootType, operation, variables);
        if (!_options.EnableIntrospection && FindIntrospectionField(plans) is { } introspection)
        {
            return Task.FromResult(ExecutionResult.FromError(
                new GraphQLError("Introspection is not allowed for the current request.", ErrorCodes.IntrospectionDisabled, introspection.Locations)));
        }

        var execution = ExecuteOperationAsync(request, rootType, plans, variables, operation.Operation == OperationType.Mutation, ct);
        return request.CostReport == Cost.CostReportMode.Report ? CostGate.ReportAsync(execution, cost) : execution;
    }

    private async Task<ExecutionResult> ExecuteOperationAsync(
        GraphQLRequest request,
        ObjectType rootType,
        FieldPlan[] plans,
        IReadOnlyDictionary<string, object?> variables,
        bool serially,
        CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.ExecutionTimeout);
        AsyncServiceScope? scope = request.RequestServices is null ? _scopeFactory.CreateAsyncScope() : null;
        var services = request.RequestServices ?? scope!.Value.ServiceProvider;
        var pump = new ExecutionPump();
        var scheduler = services.GetService<ExecutionBatchScheduler>();
        scheduler?.Attach(pump);
        try
        {
            var execution = new OperationExecution(_schema, services, variables, _options, _logger, timeout.Token);
            var data = await pump.RunAsync(() => execution.ExecuteAsync(rootType, plans, null, serially), timeout.Token);

            // A resolver that observed the cancellation may have let execution finish with field errors; the request
            // still ended because of the caller or the timeout, and says so.
            ct.ThrowIfCancellationRequested();
            timeout.Token.ThrowIfCancellationRequested();
            return ExecutionResult.FromData(data, execution.Errors);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return ExecutionResult.FromError(new GraphQLError("The request was cancelled.", ErrorCodes.RequestCancelled));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return ExecutionResult.FromError(new GraphQLError(
                $"The request exceeded the configured timeout of {_options.ExecutionTimeout}.",
                ErrorCodes.ExecutionTimeout));
        }
        finally
        {
            scheduler?.Detach(pump);
            if (scope is { } owned)
            {
                await owned.DisposeAsync();
            }
        }
    }

    private CachedDocument? GetDocument(string query, out ExecutionResult? error)
    {
        error = null;
        var key = DocumentCache.Hash(query);
        if (_cache.TryGet(key, out var cached))
        {
            return cached;
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _parserOptions);
        }
        catch (GraphQLException ex)
        {
            error = ExecutionResult.FromErrors(ex.Errors);
            return null;
        }

        // Protection hook: static limits run before validation, whose cost they bound.
        var limitError = Limits.OperationLimitsAnalyzer.Analyze(document, _options.Limits);
        var validationErrors = limitError is not null ? [limitError] : DocumentValidation.Validate(_schema.Schema, document, _options.MaxValidationErrors);
        cached = new CachedDocument(document, validationErrors, _schema);
        _cache.Add(key, cached);
        return cached;
    }

    private static OperationDefinitionNode? SelectOperation(CachedDocument document, string? operationName, out ExecutionResult? error)
    {
        error = null;
        if (string.IsNullOrEmpty(operationName))
        {
            if (document.Operations.Count == 1)
            {
                return document.Operations[0];
            }

            error = ExecutionResult.FromError(new GraphQLError(
                document.Operations.Count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.",
                ErrorCodes.OperationResolutionFailed));
            return null;
        }

        foreach (var operation in document.Operations)
        {
            if (string.Equals(operation.Name?.Value, operationName, StringComparison.Ordinal))
            {
                return operation;
            }
        }

        error = ExecutionResult.FromError(new GraphQLError($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationResolutionFailed));
        return null;
    }

    private static FieldPlan? FindIntrospectionField(FieldPlan[] plans)
    {
        foreach (var plan in plans)
        {
            if (plan.FieldName is "__schema" or "__type")
            {
                return plan;
            }
        }

        return null;
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };
}
