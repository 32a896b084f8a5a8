using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>Executes GraphQL requests against one schema; registered as a singleton by <c>AddGraphQLServer()</c>.</summary>
public interface IRequestExecutor
{
    /// <summary>The executable schema.</summary>
    Schema Schema { get; }

    /// <summary>Parses (or takes from the document cache), validates and executes a request.</summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken ct);
}
