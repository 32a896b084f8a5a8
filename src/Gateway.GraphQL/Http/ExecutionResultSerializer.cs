using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Http;

/// <summary>
/// Writes GraphQL responses with <see cref="Utf8JsonWriter"/>: keys in the order <c>data</c>, <c>errors</c>,
/// <c>extensions</c>; each error as <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions</c> (whose
/// <c>code</c> is always present and written first). Usable by any caller that owns a writer (the HTTP endpoint,
/// command-line tools printing validation errors, tests).
/// </summary>
public static class ExecutionResultSerializer
{
    /// <summary>
    /// Writer options for responses: HTML-sensitive characters (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, <c>'</c>) and
    /// non-ASCII text are written as they are, like graphql-js does; the responses are JSON documents, never
    /// embedded in HTML.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a whole response object.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValue(writer, result.Data);
        }

        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors"u8);
            WriteErrors(writer, result.Errors);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteMap(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Serialises a response to UTF-8 JSON bytes.</summary>
    public static byte[] SerializeToUtf8Bytes(ExecutionResult result, bool indented = false)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = WriterOptions.Encoder }))
        {
            Write(writer, result);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a JSON array of errors.</summary>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(errors);
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes one error object. <c>locations</c> is left out when empty and <c>path</c> when null; an error without
    /// a code gets <c>INTERNAL_SERVER_ERROR</c> so that clients can always branch on <c>extensions.code</c>.
    /// </summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations"u8);
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path"u8);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                WriteValue(writer, segment);
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName("extensions"u8);
        writer.WriteStartObject();
        writer.WritePropertyName("code"u8);
        WriteValue(writer, error.Code ?? (error.Extensions.TryGetValue("code", out var rawCode) && rawCode is not null ? rawCode : ErrorCodes.InternalServerError));
        foreach (var (key, value) in error.Extensions)
        {
            if (key == "code")
            {
                continue;
            }

            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a result or extension value: null, string, bool, numbers, <see cref="JsonElement"/>, dates (ISO 8601),
    /// enums (by name), <see cref="ResultMap"/> and other string-keyed maps as objects, other sequences as arrays.
    /// Non-finite floating-point numbers, which JSON cannot express, are written as null.
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                if (double.IsFinite(d))
                {
                    writer.WriteNumberValue(d);
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case ResultMap map:
                WriteResultMap(writer, map);
                break;
            case IReadOnlyList<object?> list:
                writer.WriteStartArray();
                for (var i = 0; i < list.Count; i++)
                {
                    WriteValue(writer, list[i]);
                }

                writer.WriteEndArray();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            default:
                WriteOther(writer, value);
                break;
        }
    }

    private static void WriteResultMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteOther(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case float f:
                if (float.IsFinite(f))
                {
                    writer.WriteNumberValue(f);
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case short or byte or sbyte or ushort:
                writer.WriteNumberValue(Convert.ToInt32(value, CultureInfo.InvariantCulture));
                break;
            case uint u:
                writer.WriteNumberValue(u);
                break;
            case ulong ul:
                writer.WriteNumberValue(ul);
                break;
            case JsonDocument document:
                document.RootElement.WriteTo(writer);
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto);
                break;
            case DateTime dt:
                writer.WriteStringValue(dt);
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case Guid g:
                writer.WriteStringValue(g);
                break;
            case SourceLocation location:
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map);
                break;
            case IEnumerable<KeyValuePair<string, string?>> stringMap:
                writer.WriteStartObject();
                foreach (var (key, item) in stringMap)
                {
                    writer.WriteString(key, item);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
