using System.Globalization;
using System.Text.Json;

namespace Chatwoot.Simulator.Filtering;

/// <summary>How PostgreSQL would read the values and the JSON columns the filter compares.</summary>
internal static class FilterValues
{
    /// <summary><c>custom_attributes ->> 'key'</c>: the text of the value, null when absent or JSON null.</summary>
    public static string? CustomText(SimConversation c, string key) =>
        c.CustomAttributes.TryGetValue(key, out var value) ? JsonText(value) : null;

    /// <summary><c>additional_attributes ->> 'key'</c>.</summary>
    public static string? AdditionalText(SimConversation c, string key) =>
        c.AdditionalAttributes.TryGetValue(key, out var value) ? JsonText(value) : null;

    /// <summary>The <c>->></c> text of a JSON value.</summary>
    public static string? JsonText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    /// <summary>An integer bound parameter; false for what PostgreSQL would refuse to cast (an unrescued 500).</summary>
    public static bool TryInteger(JsonElement value, out long? result)
    {
        result = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Number when value.TryGetInt64(out var n):
                result = n;
                return true;
            case JsonValueKind.String when long.TryParse(value.GetString()?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                result = s;
                return true;
            default:
                return false;
        }
    }

    public static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>An ISO day <c>YYYY-MM-DD</c>, the only date form the filter accepts.</summary>
    public static bool TryIsoDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>A stored date attribute: an ISO day or an ISO timestamp.</summary>
    public static bool TryStoredDay(string? text, out DateOnly day)
    {
        if (TryIsoDay(text, out day))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            day = DateOnly.FromDateTime(timestamp.UtcDateTime);
            return true;
        }

        return false;
    }

    /// <summary>PostgreSQL's boolean input forms.</summary>
    public static bool TryBoolean(string? text, out bool value)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "TRUE" or "T" or "YES" or "Y" or "ON" or "1":
                value = true;
                return true;
            case "FALSE" or "F" or "NO" or "N" or "OFF" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Ruby's <c>to_i</c>: the leading integer of a string, 0 when there is none.</summary>
    public static long RubyToI(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out var n) ? n : (long)value.GetDouble();
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()!.TrimStart() : string.Empty;
        var end = 0;
        if (end < text.Length && text[end] is '-' or '+')
        {
            end++;
        }

        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return long.TryParse(text.AsSpan(0, end), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result) ? result : 0;
    }

    public static DateOnly UnixDay(long seconds) => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);

    /// <summary>Values for ILIKE: every value must be a string (upstream calls <c>strip</c> on each).</summary>
    public static bool TryLikePatterns(FilterCondition condition, out LikePattern[] patterns)
    {
        var list = new List<LikePattern>();
        foreach (var value in condition.ValueList)
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                patterns = [];
                return false;
            }

            list.Add(LikePattern.Containing(value.GetString()!.Trim()));
        }

        patterns = [.. list];
        return true;
    }
}
