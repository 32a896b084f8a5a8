using Gateway.GraphQL.Cost;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Persisted;
using Gateway.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.GraphQL.Http;

/// <summary>
/// The request delegate behind <c>MapGraphQL</c>. Order of checks: method and GET-only features (SDL, browser),
/// <c>Accept</c> (406), <c>Content-Type</c> (415), body size (413), parameters (400), then execution, whose
/// status follows the negotiated media type (<see cref="SelectStatusCode"/>).
/// </summary>
internal sealed partial class GraphQLHttpEndpoint
{
    private readonly GraphQLHttpOptions _options;
    private readonly IServiceProvider _services;
    private readonly ILogger _logger;
    private readonly Lazy<PersistedOperationResolver?> _persisted;
    private IRequestExecutor? _executor;
    private Tuple<Schema, string>? _sdl;

    public GraphQLHttpEndpoint(GraphQLHttpOptions options, IServiceProvider services, ILogger logger)
    {
        _options = options;
        _services = services;
        _logger = logger;
        _persisted = new(services.GetService<PersistedOperationResolver>);
    }

    /// <summary>Serves browser navigations (the IDE); see <see cref="GraphQLEndpointConventionBuilder.WithBrowserHandler"/>.</summary>
    public RequestDelegate? BrowserHandler { get; set; }

    private IRequestExecutor Executor => _executor ??= _services.GetRequiredService<IRequestExecutor>();

    private PersistedOperationResolver? PersistedResolver => _persisted.Value;

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleCoreAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nothing can be answered.
        }
    }

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet)
        {
            if (_options.ServeSdl && request.Query.ContainsKey("sdl"))
            {
                await WriteSdlAsync(context);
                return;
            }

            if (BrowserHandler is { } browser && !request.Query.ContainsKey("query") && AcceptsHtml(request))
            {
                await browser(context);
                return;
            }

            if (!_options.EnableGetRequests)
            {
                context.Response.Headers.Allow = HttpMethods.Post;
                await WriteRequestErrorAsync(context, ResponseMediaType.Json, StatusCodes.Status405MethodNotAllowed, "GraphQL requests must be sent with POST: GET is disabled on this endpoint.", ErrorCodes.BadRequest);
                return;
            }
        }

        var mediaType = AcceptHeaderNegotiator.Negotiate(request.Headers.Accept);
        if (mediaType == ResponseMediaType.None)
        {
            await WriteRequestErrorAsync(
                context,
                ResponseMediaType.Json,
                StatusCodes.Status406NotAcceptable,
                $"The Accept header allows neither {AcceptHeaderNegotiator.GraphQLResponseJson} nor {AcceptHeaderNegotiator.Json}.",
                ErrorCodes.BadRequest);
            return;
        }

        GraphQLHttpRequest? parsed;
        if (isGet)
        {
            if (!GraphQLHttpRequestParser.TryParseQueryString(request.Query, out parsed, out var error))
            {
                await WriteRequestErrorAsync(context, mediaType, StatusCodes.Status400BadRequest, error!, ErrorCodes.BadRequest);
                return;
            }
        }
        else
        {
            if (!IsJsonContentType(request.ContentType, out var contentTypeError))
            {
                await WriteRequestErrorAsync(context, mediaType, StatusCodes.Status415UnsupportedMediaType, contentTypeError, ErrorCodes.BadRequest);
                return;
            }

            var (body, status, bodyError) = await ReadBodyAsync(context);
            if (body is null)
            {
                await WriteRequestErrorAsync(context, mediaType, status, bodyError!, status == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.BadRequest);
                return;
            }

            parsed = body;
        }

        using (parsed)
        {
            await ExecuteAsync(context, parsed!, mediaType, isGet);
        }
    }

    private async Task ExecuteAsync(HttpContext context, GraphQLHttpRequest parsed, ResponseMediaType mediaType, bool isGet)
    {
        // Protection hook: persisted operations (APQ, trusted documents) decide the text to run.
        var query = parsed.Query;
        // Without trusted documents, only a request that carries extensions.persistedQuery has anything to resolve.
        if (PersistedResolver is { } persisted
            && (persisted.TrustedOnly || PersistedOperationResolver.HasPersistedQuery(parsed.Extensions)))
        {
            var resolution = await persisted.ResolveAsync(parsed.Query, parsed.Extensions, context.RequestAborted);
            if (resolution.Error is { } persistedError)
            {
                var failed = ExecutionResult.FromError(persistedError);
                await WriteResultAsync(context, failed, mediaType, SelectStatusCode(failed, mediaType));
                return;
            }

            query = resolution.Query;
        }

        var request = new GraphQLRequest
        {
            Query = query,
            CostReport = CostHeader.Parse(context.Request.Headers[CostHeader.Name]),
            OperationName = parsed.OperationName,
            Variables = parsed.Variables,
            Extensions = parsed.Extensions,
            AllowedOperations = isGet ? OperationKinds.Query : OperationKinds.All,
            RequestServices = context.RequestServices,
        };

        ExecutionResult result;
        int status;
        try
        {
            result = await Executor.ExecuteAsync(request, context.RequestAborted);
            status = SelectStatusCode(result, mediaType);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            GraphQLHttpLog.ExecutorFailed(_logger, ex, context.Request.Method, context.Request.Path);
            result = ExecutionResult.FromError(UnexpectedError(ex));
            status = StatusCodes.Status500InternalServerError;
        }

        if (result.Kind == ResultKind.OperationNotAllowed)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
        }

        await WriteResultAsync(context, result, mediaType, status);
    }

    /// <summary>
    /// The error for an executor that threw: masked, unless <see cref="GraphQLServerOptions.IncludeExceptionDetails"/>
    /// is on (Development), where it carries the exception like the executor's resolver errors do.
    /// </summary>
    private GraphQLError UnexpectedError(Exception exception)
    {
        var includeDetails = _services.GetService<IOptions<GraphQLServerOptions>>()?.Value.IncludeExceptionDetails == true;
        if (!includeDetails)
        {
            return new GraphQLError("Unexpected Execution Error", ErrorCodes.InternalServerError);
        }

        var extensions = new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.InternalServerError,
            ["exception"] = new Dictionary<string, object?>
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            },
        };
        return new GraphQLError(exception.Message, extensions: extensions, exception: exception);
    }

    /// <summary>
    /// <c>application/json</c>: 200 for every executed request. <c>application/graphql-response+json</c>: 200 when
    /// <c>data</c> is present (even null, even with field errors); otherwise 400, 500 for an internal error and 504
    /// for an execution timeout. Either way, an operation type the method does not allow (a mutation over GET) is 405.
    /// </summary>
    internal static int SelectStatusCode(ExecutionResult result, ResponseMediaType mediaType)
    {
        if (result.Kind == ResultKind.OperationNotAllowed)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (result.HasData || result.Errors.Count == 0 || mediaType == ResponseMediaType.Json)
        {
            return StatusCodes.Status200OK;
        }

        var code = result.Errors.Count > 0 ? result.Errors[0].Code : null;
        return code switch
        {
            ErrorCodes.InternalServerError => StatusCodes.Status500InternalServerError,
            ErrorCodes.ExecutionTimeout => StatusCodes.Status504GatewayTimeout,
            _ => StatusCodes.Status400BadRequest,
        };
    }

    private async Task WriteSdlAsync(HttpContext context)
    {
        var schema = Executor.Schema;
        var cached = _sdl;
        if (cached is null || !ReferenceEquals(cached.Item1, schema))
        {
            cached = Tuple.Create(schema, SchemaPrinter.Print(schema));
            _sdl = cached;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(cached.Item2, context.RequestAborted);
    }

    private static bool AcceptsHtml(HttpRequest request)
    {
        foreach (var value in request.Headers.Accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
