using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>One GraphQL request: document text, operation name, variables and extensions.</summary>
public sealed class GraphQLRequest
{
    /// <summary>The GraphQL document text.</summary>
    public string? Query { get; init; }

    /// <summary>The operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values, coerced against the operation's variable definitions.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> object.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Extensions { get; init; }

    /// <summary>Operation types this request may run; anything else yields <see cref="ResultKind.OperationNotAllowed"/>.</summary>
    public OperationKinds AllowedOperations { get; init; } = OperationKinds.All;

    /// <summary>Request-scoped services (HTTP passes <c>HttpContext.RequestServices</c>); when null the executor creates a scope.</summary>
    public IServiceProvider? RequestServices { get; init; }

    /// <summary>What the <c>GraphQL-Cost</c> header asks for: report the operation cost, or only compute it.</summary>
    public Cost.CostReportMode CostReport { get; init; }
}
