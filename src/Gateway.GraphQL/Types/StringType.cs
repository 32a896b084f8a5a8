using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>The built-in <c>String</c>: UTF-8 text, coerced as graphql-js coerces it.</summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    public override bool IsBuiltIn => true;

    public override bool TryParseLiteral(ValueNode literal, out object? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(literal);
        value = null;
        error = null;
        switch (literal)
        {
            case NullValueNode:
                return true;
            case StringValueNode s:
                value = s.Value;
                return true;
            default:
                error = $"String cannot represent a non string value: {ValueLiteralPrinter.Print(literal)}";
                return false;
        }
    }

    public override bool TryParseValue(JsonElement value, out object? result, out string? error)
    {
        result = null;
        error = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                result = value.GetString();
                return true;
            default:
                error = $"String cannot represent a non string value: {JsFormat.Inspect(value)}";
                return false;
        }
    }

    public override bool TrySerialize(object? runtimeValue, out object? serialized, out string? error)
    {
        serialized = null;
        error = null;
        switch (runtimeValue)
        {
            case string s:
                serialized = s;
                return true;
            case bool b:
                serialized = b ? "true" : "false";
                return true;
            case char c:
                serialized = c.ToString();
                return true;
            case Enum e:
                serialized = e.ToString();
                return true;
            case JsonElement { ValueKind: JsonValueKind.String } element:
                serialized = element.GetString();
                return true;
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                serialized = JsFormat.Number(element.GetDouble());
                return true;
            case JsonElement { ValueKind: JsonValueKind.True or JsonValueKind.False } element:
                serialized = element.GetBoolean() ? "true" : "false";
                return true;
            case double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort:
                var number = Convert.ToDouble(runtimeValue, CultureInfo.InvariantCulture);
                if (double.IsFinite(number))
                {
                    serialized = runtimeValue is double or float ? JsFormat.Number(number) : Convert.ToString(runtimeValue, CultureInfo.InvariantCulture);
                    return true;
                }

                break;
            case Guid g:
                serialized = g.ToString();
                return true;
        }

        error = $"String cannot represent value: {JsFormat.Inspect(runtimeValue)}";
        return false;
    }

    public override ValueNode ValueToLiteral(object? runtimeValue)
    {
        if (runtimeValue is null)
        {
            return NullValueNode.Instance;
        }

        if (!TrySerialize(runtimeValue, out var serialized, out var error))
        {
            throw new ArgumentException(error, nameof(runtimeValue));
        }

        return new StringValueNode((string)serialized!, false);
    }
}
