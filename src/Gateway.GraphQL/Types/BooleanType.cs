using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c>, coerced as graphql-js coerces it.</summary>
public sealed class BooleanType : ScalarType
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
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
            case BooleanValueNode b:
                value = b.Value;
                return true;
            default:
                error = $"Boolean cannot represent a non boolean value: {ValueLiteralPrinter.Print(literal)}";
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
            case JsonValueKind.True:
                result = true;
                return true;
            case JsonValueKind.False:
                result = false;
                return true;
            default:
                error = $"Boolean cannot represent a non boolean value: {JsFormat.Inspect(value)}";
                return false;
        }
    }

    public override bool TrySerialize(object? runtimeValue, out object? serialized, out string? error)
    {
        serialized = null;
        error = null;
        switch (runtimeValue)
        {
            case bool:
                serialized = runtimeValue; // the caller's box
                return true;
            case JsonElement { ValueKind: JsonValueKind.True or JsonValueKind.False } element:
                serialized = Box(element.GetBoolean());
                return true;
            case JsonElement { ValueKind: JsonValueKind.Number } element when double.IsFinite(element.GetDouble()):
                serialized = Box(element.GetDouble() != 0);
                return true;
            case double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort:
                var number = Convert.ToDouble(runtimeValue, CultureInfo.InvariantCulture);
                if (double.IsFinite(number))
                {
                    serialized = Box(number != 0);
                    return true;
                }

                break;
        }

        error = $"Boolean cannot represent a non boolean value: {JsFormat.Inspect(runtimeValue)}";
        return false;
    }

    private static object Box(bool value) => value ? BoxedTrue : BoxedFalse;

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

        return new BooleanValueNode((bool)serialized!);
    }
}
