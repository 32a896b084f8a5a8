using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary><c>JSON</c>: any JSON value. Runtime values and output are <see cref="JsonElement"/>s.</summary>
public sealed class JsonType : ScalarType
{
    public JsonType()
        : base("JSON", "The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf).", "http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf")
    {
    }

    public override bool TryParseLiteral(ValueNode literal, out object? value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(literal);
        value = null;
        if (literal is NullValueNode)
        {
            error = null;
            return true;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (!TryWrite(literal, writer, out error))
            {
                return false;
            }
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        value = document.RootElement.Clone();
        return true;
    }

    public override bool TryParseValue(JsonElement value, out object? result, out string? error)
    {
        error = null;
        result = value.ValueKind == JsonValueKind.Null ? null : value.Clone();
        return true;
    }

    public override bool TrySerialize(object? runtimeValue, out object? serialized, out string? error)
    {
        error = null;
        switch (runtimeValue)
        {
            case JsonElement element:
                serialized = element;
                return true;
            case JsonDocument document:
                serialized = document.RootElement.Clone();
                return true;
            default:
                try
                {
                    serialized = JsonSerializer.SerializeToElement(runtimeValue);
                    return true;
                }
                catch (NotSupportedException e)
                {
                    serialized = null;
                    error = $"JSON cannot represent value: {JsFormat.Inspect(runtimeValue)} ({e.Message})";
                    return false;
                }
        }
    }

    public override ValueNode ValueToLiteral(object? runtimeValue)
    {
        if (!TrySerialize(runtimeValue, out var serialized, out var error))
        {
            throw new ArgumentException(error, nameof(runtimeValue));
        }

        return ToLiteral((JsonElement)serialized!);
    }

    private static ValueNode ToLiteral(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new StringValueNode(element.GetString()!, false),
        JsonValueKind.Number => element.TryGetInt64(out _) && !element.GetRawText().Contains('.', StringComparison.Ordinal)
            ? new IntValueNode(element.GetRawText())
            : new FloatValueNode(JsFormat.Number(element.GetDouble()).Replace("e+", "e", StringComparison.Ordinal)),
        JsonValueKind.True => new BooleanValueNode(true),
        JsonValueKind.False => new BooleanValueNode(false),
        JsonValueKind.Array => new ListValueNode(element.EnumerateArray().Select(ToLiteral).ToList()),
        JsonValueKind.Object => new ObjectValueNode(element.EnumerateObject().Select(p => new ObjectFieldNode(new NameNode(p.Name), ToLiteral(p.Value))).ToList()),
        _ => NullValueNode.Instance,
    };

    private static bool TryWrite(ValueNode literal, Utf8JsonWriter writer, out string? error)
    {
        error = null;
        switch (literal)
        {
            case NullValueNode:
                writer.WriteNullValue();
                return true;
            case StringValueNode s:
                writer.WriteStringValue(s.Value);
                return true;
            case BooleanValueNode b:
                writer.WriteBooleanValue(b.Value);
                return true;
            case IntValueNode i:
                writer.WriteRawValue(i.Value);
                return true;
            case FloatValueNode f:
                writer.WriteNumberValue(double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture));
                return true;
            case ListValueNode list:
                writer.WriteStartArray();
                foreach (var item in list.Values)
                {
                    if (!TryWrite(item, writer, out error))
                    {
                        return false;
                    }
                }

                writer.WriteEndArray();
                return true;
            case ObjectValueNode obj:
                writer.WriteStartObject();
                foreach (var field in obj.Fields)
                {
                    writer.WritePropertyName(field.Name.Value);
                    if (!TryWrite(field.Value, writer, out error))
                    {
                        return false;
                    }
                }

                writer.WriteEndObject();
                return true;
            default:
                error = $"JSON cannot represent value: {ValueLiteralPrinter.Print(literal)}";
                return false;
        }
    }
}
