using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>
/// Stands in for the engine in endpoint tests: records every request and answers like the engine would for a few
/// recognisable documents (or as <see cref="Handler"/> says).
/// </summary>
internal sealed class FakeRequestExecutor : IRequestExecutor
{
    public const string Sdl = "type Query {\n  a: Int\n}";

    public Schema Schema => field ??= Schema.FromDocument(Parser.Parse(Sdl));

    public List<GraphQLRequest> Requests { get; } = [];

    public CancellationToken LastToken { get; private set; }

    public Func<GraphQLRequest, CancellationToken, Task<ExecutionResult>>? Handler { get; set; }

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken ct)
    {
        lock (Requests)
        {
            Requests.Add(request);
        }

        LastToken = ct;
        return Handler is { } handler ? handler(request, ct) : Task.FromResult(Default(request));
    }

    private static ExecutionResult Default(GraphQLRequest request)
    {
        var query = request.Query ?? string.Empty;
        if (query.Trim() == "{")
        {
            return ExecutionResult.FromError(new GraphQLError("Syntax Error: Expected Name, found <EOF>.", ErrorCodes.ParseFailed, [new SourceLocation(1, 2)]));
        }

        if (query.Contains("mutation", StringComparison.Ordinal) && !request.AllowedOperations.HasFlag(OperationKinds.Mutation))
        {
            return ExecutionResult.FromError(new GraphQLError("Can only perform a mutation operation from a POST request.", ErrorCodes.OperationNotSupported), ResultKind.OperationNotAllowed);
        }

        if (query.Contains("unknownField", StringComparison.Ordinal) || query.Contains("8f31403dfe404bccbb0e835f2629c6a7", StringComparison.Ordinal))
        {
            return ExecutionResult.FromError(new GraphQLError("Cannot query field \"unknownField\" on type \"Query\".", ErrorCodes.ValidationFailed, [new SourceLocation(1, 3)]));
        }

        if (query.Contains("$id: ID!", StringComparison.Ordinal)
            && (request.Variables is null || !request.Variables.TryGetValue("id", out var id) || id.ValueKind == JsonValueKind.Null))
        {
            return ExecutionResult.FromError(new GraphQLError("Variable \"$id\" of non-null type \"ID!\" must not be null.", ErrorCodes.BadUserInput, [new SourceLocation(1, 21)]));
        }

        var data = new ResultMap();
        if (query.Contains("failing", StringComparison.Ordinal))
        {
            data.Add("failing", null);
            return ExecutionResult.FromData(data, [new GraphQLError("Unexpected Execution Error", ErrorCodes.InternalServerError, [new SourceLocation(1, 3)], ["failing"])]);
        }

        if (query.Contains("__type(", StringComparison.Ordinal))
        {
            data.Add("__type", null);
            return ExecutionResult.FromData(data);
        }

        data.Add("__typename", "Query");
        return ExecutionResult.FromData(data);
    }
}
