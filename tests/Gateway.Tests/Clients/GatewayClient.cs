using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Tests.Clients;

/// <summary>
/// A typed GraphQL client for the tests: posts a named operation from <c>Clients/Operations</c> with typed variables
/// and deserializes the response into the operation's result records (System.Text.Json, camelCase, enums as the
/// schema's UPPER_SNAKE names).
/// </summary>
internal sealed class GatewayClient(HttpClient http, Uri endpoint, string? token)
{
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
    };

    public async Task<GraphQLResponse<TData>> ExecuteAsync<TVariables, TData>(
        GatewayOperation<TVariables, TData> operation, TVariables variables, CancellationToken cancellationToken)
        where TVariables : class
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        var body = new GraphQLRequestBody(OperationDocuments.Get(operation.Name), operation.Name, JsonSerializer.SerializeToElement(variables, SerializerOptions));
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(body, options: SerializerOptions),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Add("api_access_token", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return JsonSerializer.Deserialize<GraphQLResponse<TData>>(text, SerializerOptions)
                ?? throw new InvalidOperationException("The gateway answered null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{operation.Name}: HTTP {(int)response.StatusCode}, body does not match the result types: {text}", exception);
        }
    }
}
