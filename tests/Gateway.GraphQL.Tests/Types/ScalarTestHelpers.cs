using System.Text.Json;

namespace Gateway.GraphQL.Tests.Types;

internal static class ScalarTestHelpers
{
    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
