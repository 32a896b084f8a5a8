using Gateway.GraphQL.Cost;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Limits;

namespace Gateway.GraphQL.Hosting;

/// <summary>Options of the GraphQL executor, set with <c>IRequestExecutorBuilder.ModifyOptions</c>.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>When true, resolver exception messages and details reach the client (Development).</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>Time after which a request ends with <c>EXECUTION_TIMEOUT</c>.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are rejected with <c>INTROSPECTION_DISABLED</c>.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Maximum number of parsed and validated documents kept in the document cache.</summary>
    public int DocumentCacheSize { get; set; } = 256;

    /// <summary>Maximum number of validation errors reported for one document.</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary>Parser limits for request documents (tokens, depth, fields); null means <see cref="ParserOptions.Default"/>.</summary>
    public ParserOptions? ParserOptions { get; set; }

    /// <summary>Static operation limits (section <c>GraphQL:Limits</c>): depth, fields, fragment visits, introspection depth.</summary>
    public OperationLimitsOptions Limits { get; set; } = new();

    /// <summary>Static cost analysis (section <c>GraphQL:Cost</c>): IBM cost specification weights and limits.</summary>
    public CostOptions Cost { get; set; } = new();
}
