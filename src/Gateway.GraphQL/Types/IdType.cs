using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>The built-in <c>ID</c>: accepts strings and integers, and is always a string at run time and in output.</summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
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
            case IntValueNode i:
                value = i.Value;
                return true;
            default:
                error = $"ID cannot represent a non-string and non-integer value: {ValueLiteralPrinter.Print(literal)}";
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
            case JsonValueKind.Number when value.TryGetDouble(out var number) && number == Math.Floor(number) && double.IsFinite(number):
                result = JsFormat.Number(number);
                return true;
            default:
                error = $"ID cannot represent value: {JsFormat.Inspect(value)}";
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
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                serialized = Convert.ToString(runtimeValue, CultureInfo.InvariantCulture);
                return true;
            case double or float or decimal:
                var number = Convert.ToDouble(runtimeValue, CultureInfo.InvariantCulture);
                if (double.IsFinite(number) && number == Math.Floor(number))
                {
                    serialized = JsFormat.Number(number);
                    return true;
                }

                break;
            case Guid g:
                serialized = g.ToString();
                return true;
            case JsonElement { ValueKind: JsonValueKind.String } element:
                serialized = element.GetString();
                return true;
            case JsonElement { ValueKind: JsonValueKind.Number } element when element.GetDouble() == Math.Floor(element.GetDouble()):
                serialized = JsFormat.Number(element.GetDouble());
                return true;
        }

        error = $"ID cannot represent value: {JsFormat.Inspect(runtimeValue)}";
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

        var text = (string)serialized!;
        return IsIntegerString(text) ? new IntValueNode(text) : new StringValueNode(text, false);
    }

    private static bool IsIntegerString(string text)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        if (digits.Length == 0 || (digits.Length > 1 && digits[0] == '0'))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
