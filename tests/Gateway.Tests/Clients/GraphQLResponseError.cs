using System.Text.Json;

namespace Gateway.Tests.Clients;

/// <summary>One entry of a response's <c>errors</c>.</summary>
internal sealed record GraphQLResponseError(string Message, IReadOnlyList<JsonElement>? Path, IReadOnlyDictionary<string, JsonElement>? Extensions)
{
    /// <summary><c>extensions.code</c>, or null.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;

    /// <summary>The path as text, e.g. <c>conversations.nodes.0.sender</c>.</summary>
    public string PathText => Path is null ? string.Empty : string.Join('.', Path.Select(p => p.ToString()));
}
