using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer, coerced as graphql-js coerces it.</summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    public override bool IsBuiltIn => true;

    public override bool TryParseLiteral(ValueNode literal, out object? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(literal);
        value = null;
        if (literal is NullValueNode)
        {
            error = null;
            return true;
        }

        if (literal is not IntValueNode intValue)
        {
            error = $"Int cannot represent non-integer value: {ValueLiteralPrinter.Print(literal)}";
            return false;
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            error = $"Int cannot represent non 32-bit signed integer value: {intValue.Value}";
            return false;
        }

        value = number;
        error = null;
        return true;
    }

    public override bool TryParseValue(JsonElement value, out object? result, out string? error)
    {
        result = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            error = null;
            return true;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || number != Math.Floor(number) || double.IsInfinity(number))
        {
            error = $"Int cannot represent non-integer value: {JsFormat.Inspect(value)}";
            return false;
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            error = $"Int cannot represent non 32-bit signed integer value: {JsFormat.Number(number)}";
            return false;
        }

        result = (int)number;
        error = null;
        return true;
    }

    public override bool TrySerialize(object? runtimeValue, out object? serialized, out string? error)
    {
        serialized = null;
        double number;
        switch (runtimeValue)
        {
            case int:
                serialized = runtimeValue; // the caller's box: no second allocation
                error = null;
                return true;
            case bool b:
                serialized = b ? 1 : 0;
                error = null;
                return true;
            case string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                break;
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                number = element.GetDouble();
                break;
            case long or short or byte or sbyte or uint or ulong or ushort or double or float or decimal:
                number = Convert.ToDouble(runtimeValue, CultureInfo.InvariantCulture);
                break;
            default:
                error = $"Int cannot represent non-integer value: {JsFormat.Inspect(runtimeValue)}";
                return false;
        }

        if (number != Math.Floor(number) || double.IsInfinity(number))
        {
            error = $"Int cannot represent non-integer value: {JsFormat.Inspect(runtimeValue)}";
            return false;
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            error = $"Int cannot represent non 32-bit signed integer value: {JsFormat.Inspect(runtimeValue)}";
            return false;
        }

        serialized = (int)number;
        error = null;
        return true;
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

        return new IntValueNode(((int)serialized!).ToString(CultureInfo.InvariantCulture));
    }
}
