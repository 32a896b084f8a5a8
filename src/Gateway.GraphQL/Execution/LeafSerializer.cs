using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>Result coercion of scalars (via <see cref="ScalarType.TrySerialize"/>) and enums (names, CLR enums).</summary>
internal static class LeafSerializer
{
    private static readonly ConcurrentDictionary<(EnumType Type, Enum Value), string?> EnumNames = new();

    public static bool TrySerialize(INamedType type, object value, out object? serialized, out string? error)
    {
        if (value is JsonElement element)
        {
            value = Unwrap(element)!;
            if (value is null)
            {
                serialized = null;
                error = null;
                return true;
            }
        }

        if (type is ScalarType scalar)
        {
            if (scalar.TrySerialize(value, out serialized, out error))
            {
                return true;
            }

            error ??= $"{scalar.Name} cannot represent value: {ValueInspector.Inspect(value)}";
            return false;
        }

        var enumType = (EnumType)type;
        string? name = value switch
        {
            string s => enumType.Values.ContainsKey(s) ? s : null,
            Enum e => EnumNames.GetOrAdd((enumType, e), static key => MatchEnum(key.Type, key.Value)),
            _ => null,
        };
        if (name is null)
        {
            serialized = null;
            error = $"Enum \"{enumType.Name}\" cannot represent value: {ValueInspector.Inspect(value)}";
            return false;
        }

        serialized = name;
        error = null;
        return true;
    }

    /// <summary>Turns a JSON primitive into its CLR value; objects and arrays stay JSON.</summary>
    public static object? Unwrap(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i
            : element.TryGetInt64(out var l) ? l
            : element.GetDouble(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element,
    };

    private static string? MatchEnum(EnumType type, Enum value)
    {
        var clrName = value.ToString();
        if (type.Values.ContainsKey(clrName))
        {
            return clrName;
        }

        var normalized = Normalize(clrName);
        foreach (var name in type.Values.Keys)
        {
            if (string.Equals(Normalize(name), normalized, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpper(CultureInfo.InvariantCulture);
}
