namespace Gateway.Tests.Clients;

/// <summary>A GraphQL response with typed <c>data</c>.</summary>
internal sealed record GraphQLResponse<TData>(TData? Data, IReadOnlyList<GraphQLResponseError>? Errors)
    where TData : class
{
    /// <summary>The data, failing with the errors' messages when there is none or when there are errors.</summary>
    public TData EnsureData() =>
        Errors is { Count: > 0 } || Data is null
            ? throw new InvalidOperationException("GraphQL errors: " + string.Join("; ", (Errors ?? []).Select(e => $"{e.Code}: {e.Message}")))
            : Data;
}
