using Gateway.GraphQL.Errors;

namespace Gateway.GraphQL.Persisted;

/// <summary>The document text to execute, or the error that ends the request.</summary>
public readonly record struct PersistedQueryResolution(string? Query, GraphQLError? Error)
{
    public static PersistedQueryResolution Run(string? query) => new(query, null);

    public static PersistedQueryResolution Fail(string message, string code) => new(null, new GraphQLError(message, code));
}
