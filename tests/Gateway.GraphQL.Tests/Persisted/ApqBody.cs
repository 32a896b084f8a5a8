using System.Text.Json;

namespace Gateway.GraphQL.Tests.Persisted;

/// <summary>Request bodies and query strings as Apollo's persisted-queries link sends them.</summary>
internal static class ApqBody
{
    public static string Post(string hash, string? query = null)
    {
        var body = new Dictionary<string, object> { ["extensions"] = Extensions(hash) };
        if (query is not null)
        {
            body["query"] = query;
        }

        return JsonSerializer.Serialize(body);
    }

    public static string GetExtensions(string hash) => Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash)));

    private static Dictionary<string, object> Extensions(string hash) =>
        new() { ["persistedQuery"] = new Dictionary<string, object> { ["version"] = 1, ["sha256Hash"] = hash } };
}
