namespace Gateway.GraphQL.Http;

/// <summary>The media type a GraphQL response is written in, chosen from the request's <c>Accept</c> header.</summary>
internal enum ResponseMediaType
{
    /// <summary>Nothing the client accepts can be produced: 406.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: 4xx when no data was produced.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c> (legacy): 200 for every well-formed request.</summary>
    Json,
}
