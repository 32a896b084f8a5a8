using System.Text.Json;

namespace Gateway.GraphQL.Http;

/// <summary>
/// The GraphQL parameters of one HTTP request after the transport checks: the JSON documents that back
/// <see cref="Variables"/> and <see cref="Extensions"/> stay alive until the request is disposed (after the response
/// has been written, since results may echo variable values).
/// </summary>
internal sealed class GraphQLHttpRequest : IDisposable
{
    private readonly List<JsonDocument> _documents = [];

    public string? Query { get; set; }

    public string? OperationName { get; set; }

    public IReadOnlyDictionary<string, JsonElement>? Variables { get; set; }

    public IReadOnlyDictionary<string, JsonElement>? Extensions { get; set; }

    public void Own(JsonDocument document) => _documents.Add(document);

    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document.Dispose();
        }

        _documents.Clear();
    }
}
