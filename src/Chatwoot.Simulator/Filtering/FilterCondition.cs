using System.Text.Json;

namespace Chatwoot.Simulator.Filtering;

/// <summary>One element of the filter payload, as sent.</summary>
internal sealed record FilterCondition(string Key, string Operator, JsonElement Values, string? QueryOperator)
{
    /// <summary>Ruby's <c>blank?</c> on <c>values</c>: missing, null, empty array or whitespace string.</summary>
    public bool ValuesBlank => Values.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => true,
        JsonValueKind.Array => Values.GetArrayLength() == 0,
        JsonValueKind.String => string.IsNullOrWhiteSpace(Values.GetString()),
        JsonValueKind.False => true,
        _ => false,
    };

    public IEnumerable<JsonElement> ValueList => Values.ValueKind == JsonValueKind.Array ? Values.EnumerateArray() : [Values];

    public JsonElement First => Values.ValueKind == JsonValueKind.Array ? (Values.GetArrayLength() > 0 ? Values[0] : default) : Values;
}
