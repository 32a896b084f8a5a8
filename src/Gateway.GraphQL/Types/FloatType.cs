using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>The built-in <c>Float</c>: a double-precision finite number, coerced as graphql-js coerces it.</summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
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
            case IntValueNode i when double.TryParse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var fromInt):
                value = fromInt;
                return true;
            case FloatValueNode f when double.TryParse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var fromFloat) && double.IsFinite(fromFloat):
                value = fromFloat;
                return true;
            default:
                error = $"Float cannot represent non numeric value: {ValueLiteralPrinter.Print(literal)}";
                return false;
        }
    }

    public override bool TryParseValue(JsonElement value, out object? result, out string? error)
    {
        result = null;
        error = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            result = number;
            return true;
        }

        error = $"Float cannot represent non numeric value: {JsFormat.Inspect(value)}";
        return false;
    }

    public override bool TrySerialize(object? runtimeValue, out object? serialized, out string? error)
    {
        serialized = null;
        error = null;
        double number;
        switch (runtimeValue)
        {
            case bool b:
                number = b ? 1 : 0;
                break;
            case string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                break;
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                number = element.GetDouble();
                break;
            case double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort:
                number = Convert.ToDouble(runtimeValue, CultureInfo.InvariantCulture);
                break;
            default:
                error = $"Float cannot represent non numeric value: {JsFormat.Inspect(runtimeValue)}";
                return false;
        }

        if (!double.IsFinite(number))
        {
            error = $"Float cannot represent non numeric value: {JsFormat.Inspect(runtimeValue)}";
            return false;
        }

        serialized = runtimeValue is double ? runtimeValue : number; // a double keeps the caller's box
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

        var text = JsFormat.Number((double)serialized!);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal)
            ? new FloatValueNode(text)
            : new IntValueNode(text);
    }
}
