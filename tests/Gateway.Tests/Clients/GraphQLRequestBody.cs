using System.Text.Json;

namespace Gateway.Tests.Clients;

/// <summary>The GraphQL-over-HTTP request body.</summary>
internal sealed record GraphQLRequestBody(string Query, string OperationName, JsonElement Variables);
