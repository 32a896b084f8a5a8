using System.Collections.Concurrent;
using System.Text.Json;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>Finds the object type name of a value of an abstract type: a <c>__typename</c> member or the CLR type name.</summary>
internal static class AbstractTypeNames
{
    private const string TypeNameKey = "__typename";
    private static readonly ConcurrentDictionary<(Type Clr, INamedType Abstract), string?> ClrNames = new();

    public static string? FromValue(object value, INamedType abstractType, Func<IReadOnlyList<ObjectType>> possibleTypes)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(TypeNameKey, out var name) ? name as string : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(TypeNameKey, out var entry) ? entry as string : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(TypeNameKey, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;
            default:
                return ClrNames.GetOrAdd((value.GetType(), abstractType), static (key, possible) => Match(key.Clr, possible()), possibleTypes);
        }
    }

    private static string? Match(Type clrType, IReadOnlyList<ObjectType> possibleTypes)
    {
        foreach (var candidate in possibleTypes)
        {
            if (string.Equals(candidate.Name, clrType.Name, StringComparison.Ordinal))
            {
                return candidate.Name;
            }
        }

        foreach (var candidate in possibleTypes)
        {
            if (string.Equals(candidate.Name, clrType.Name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate.Name;
            }
        }

        return null;
    }
}
