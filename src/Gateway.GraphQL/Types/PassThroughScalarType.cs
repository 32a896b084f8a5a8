using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// The implementation of an SDL scalar nobody supplied: like graphql-js's default scalar, it accepts any literal
/// or JSON value (as string/bool/int/long/double, lists and dictionaries) and serialises primitives as they are.
/// </summary>
internal sealed class PassThroughScalarType : ScalarType
{
    public PassThroughScalarType(string name)
        : base(name)
    {
    }

    public override bool TryParseLiteral(ValueNode literal, out object? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(literal);
        error = null;
        value = FromLiteral(literal);
        return true;
    }

    public override bool TryParseValue(JsonElement value, out object? result, out string? error)
    {
        error = null;
        result = FromJson(value);
        return true;
    }

    public override bool TrySerialize(object? runtimeValue, out object? serialized, out string? error)
    {
        error = null;
        switch (runtimeValue)
        {
            case null or string or bool or int or long or double or JsonElement:
                serialized = runtimeValue;
                return true;
            case short or byte or sbyte or ushort:
                serialized = Convert.ToInt32(runtimeValue, CultureInfo.InvariantCulture);
                return true;
            case uint or ulong:
                serialized = Convert.ToInt64(runtimeValue, CultureInfo.InvariantCulture);
                return true;
            case float or decimal:
                serialized = Convert.ToDouble(runtimeValue, CultureInfo.InvariantCulture);
                return true;
            default:
                try
                {
                    serialized = JsonSerializer.SerializeToElement(runtimeValue);
                    return true;
                }
                catch (NotSupportedException)
                {
                    serialized = null;
                    error = $"{Name} cannot represent value: {JsFormat.Inspect(runtimeValue)}";
                    return false;
                }
        }
    }

    public override ValueNode ValueToLiteral(object? runtimeValue)
    {
        switch (runtimeValue)
        {
            case null:
                return NullValueNode.Instance;
            case string s:
                return new StringValueNode(s, false);
            case bool b:
                return new BooleanValueNode(b);
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                return new IntValueNode(Convert.ToString(runtimeValue, CultureInfo.InvariantCulture)!);
            case double or float or decimal:
                return BuiltInScalars.Float.ValueToLiteral(runtimeValue);
            case IEnumerable<KeyValuePair<string, object?>> map:
                return new ObjectValueNode(map.Select(p => new ObjectFieldNode(new NameNode(p.Key), ValueToLiteral(p.Value))).ToList());
            case System.Collections.IEnumerable list:
                return new ListValueNode(list.Cast<object?>().Select(ValueToLiteral).ToList());
            default:
                return new JsonType().ValueToLiteral(runtimeValue);
        }
    }

    private static object? FromLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
            ? small
            : long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large) ? large : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(FromLiteral).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => FromLiteral(f.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static object? FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt32(out var small) ? small : value.TryGetInt64(out var large) ? large : value.GetDouble(),
        JsonValueKind.Array => value.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value), StringComparer.Ordinal),
        _ => null,
    };
}
