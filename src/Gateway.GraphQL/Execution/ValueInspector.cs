using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>Formats values the way graphql-js's <c>inspect</c> does, for error messages.</summary>
internal static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Inspect(JsonElement value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                builder.Append(JsonSerializer.Serialize(value.GetString()));
                break;
            case JsonValueKind.Number:
                builder.Append(value.GetRawText());
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Array:
                if (value.GetArrayLength() == 0)
                {
                    builder.Append("[]");
                    break;
                }

                if (depth >= MaxDepth)
                {
                    builder.Append("[Array]");
                    break;
                }

                builder.Append('[');
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (index > 0)
                    {
                        builder.Append(", ");
                    }

                    if (index == MaxItems)
                    {
                        builder.Append("... ").Append(value.GetArrayLength() - MaxItems).Append(" more items");
                        break;
                    }

                    Append(builder, item, depth + 1);
                    index++;
                }

                builder.Append(']');
                break;
            case JsonValueKind.Object:
                if (!value.EnumerateObject().Any())
                {
                    builder.Append("{}");
                    break;
                }

                if (depth >= MaxDepth)
                {
                    builder.Append("[Object]");
                    break;
                }

                builder.Append("{ ");
                var first = true;
                foreach (var property in value.EnumerateObject())
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    builder.Append(property.Name).Append(": ");
                    Append(builder, property.Value, depth + 1);
                }

                builder.Append(" }");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case JsonElement element:
                Append(builder, element, depth);
                break;
            case string s:
                builder.Append(JsonSerializer.Serialize(s));
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case double d:
                builder.Append(double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case float f:
                Append(builder, (double)f, depth);
                break;
            case IFormattable formattable and (int or long or short or byte or decimal or uint or ulong):
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case Enum e:
                builder.Append(JsonSerializer.Serialize(e.ToString()));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                AppendMap(builder, map, depth);
                break;
            case IEnumerable enumerable:
                AppendList(builder, enumerable, depth);
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void AppendMap(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        var entries = map.ToList();
        if (entries.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(entries[i].Key).Append(": ");
            Append(builder, entries[i].Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable enumerable, int depth)
    {
        var items = enumerable.Cast<object?>().ToList();
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        for (var i = 0; i < items.Count && i <= MaxItems; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            if (i == MaxItems)
            {
                builder.Append("... ").Append(items.Count - MaxItems).Append(" more items");
                break;
            }

            Append(builder, items[i], depth + 1);
        }

        builder.Append(']');
    }
}
