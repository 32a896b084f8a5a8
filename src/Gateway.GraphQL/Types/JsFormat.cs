using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gateway.GraphQL.Types;

/// <summary>Formats values the way graphql-js's <c>inspect</c> and JavaScript's number-to-string do, for messages.</summary>
internal static class JsFormat
{
    private const int MaxListItems = 10;
    private const int MaxDepth = 2;

    /// <summary>JavaScript's <c>String(number)</c>.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return value == 0 ? "0" : ((decimal)value).ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        var mantissa = text[..e];
        var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent is >= -6 and < 0)
        {
            return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        }

        return mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>graphql-js's <c>inspect</c> of a JSON variable value.</summary>
    public static string Inspect(JsonElement value) => Inspect(value, 0);

    /// <summary>graphql-js's <c>inspect</c> of a runtime value.</summary>
    public static string Inspect(object? value) => InspectObject(value, 0);

    /// <summary>A JSON string literal, as <c>JSON.stringify</c> writes it.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string Inspect(JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return Quote(value.GetString()!);
            case JsonValueKind.Number:
                return Number(value.GetDouble());
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Array:
                {
                    var items = value.EnumerateArray().ToList();
                    if (items.Count == 0)
                    {
                        return "[]";
                    }

                    if (depth >= MaxDepth)
                    {
                        return "[Array]";
                    }

                    var shown = items.Take(MaxListItems).Select(i => Inspect(i, depth + 1)).ToList();
                    if (items.Count > MaxListItems)
                    {
                        shown.Add(items.Count - MaxListItems == 1 ? "... 1 more item" : $"... {items.Count - MaxListItems} more items");
                    }

                    return "[" + string.Join(", ", shown) + "]";
                }

            case JsonValueKind.Object:
                {
                    var properties = value.EnumerateObject().ToList();
                    if (properties.Count == 0)
                    {
                        return "{}";
                    }

                    if (depth >= MaxDepth)
                    {
                        return "[Object]";
                    }

                    return "{ " + string.Join(", ", properties.Select(p => p.Name + ": " + Inspect(p.Value, depth + 1))) + " }";
                }

            default:
                return "null";
        }
    }

    private static string InspectObject(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return Quote(s);
            case bool b:
                return b ? "true" : "false";
            case JsonElement element:
                return Inspect(element, depth);
            case double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort:
                return Number(Convert.ToDouble(value, CultureInfo.InvariantCulture));
            case IEnumerable<KeyValuePair<string, object?>> map:
                {
                    var entries = map.ToList();
                    if (entries.Count == 0)
                    {
                        return "{}";
                    }

                    if (depth >= MaxDepth)
                    {
                        return "[Object]";
                    }

                    return "{ " + string.Join(", ", entries.Select(p => p.Key + ": " + InspectObject(p.Value, depth + 1))) + " }";
                }

            case IEnumerable list:
                {
                    var items = list.Cast<object?>().ToList();
                    if (items.Count == 0)
                    {
                        return "[]";
                    }

                    if (depth >= MaxDepth)
                    {
                        return "[Array]";
                    }

                    return "[" + string.Join(", ", items.Take(MaxListItems).Select(i => InspectObject(i, depth + 1))) + "]";
                }

            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "{}";
        }
    }
}
