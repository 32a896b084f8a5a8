using System.Globalization;
using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>Converts coerced runtime input values (see the type-system contract) to the CLR type a resolver asks for.</summary>
internal static class ValueConverter
{
    public static T Convert<T>(object value, JsonSerializerOptions options)
    {
        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum && value is string name)
        {
            if (Enum.TryParse(target, name, ignoreCase: true, out var parsed))
            {
                return (T)parsed!;
            }

            var compact = name.Replace("_", string.Empty, StringComparison.Ordinal);
            return (T)Enum.Parse(target, compact, ignoreCase: true);
        }

        if (value is IConvertible && (target.IsPrimitive || target == typeof(decimal) || target == typeof(string)))
        {
            return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        if (value is JsonElement element)
        {
            return element.Deserialize<T>(options)!;
        }

        var json = JsonSerializer.SerializeToElement(value, options);
        return json.Deserialize<T>(options)!;
    }
}
