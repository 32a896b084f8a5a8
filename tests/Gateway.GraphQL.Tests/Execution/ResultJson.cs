using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>Compact JSON of a result for assertions: data, then errors as {message, path, code} (locations when asked).</summary>
internal static class ResultJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ExecutionResult result, bool withLocations = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            if (result.HasData)
            {
                writer.WritePropertyName("data");
                WriteValue(writer, result.Data);
            }

            if (result.Errors.Count > 0)
            {
                writer.WritePropertyName("errors");
                writer.WriteStartArray();
                foreach (var error in result.Errors)
                {
                    WriteError(writer, error, withLocations);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Data(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            WriteValue(writer, result.Data);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error, bool withLocations)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (withLocations && error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }

        if (error.Code is { } code)
        {
            writer.WriteString("code", code);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
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
                writer.WriteNumberValue(d);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                foreach (var entry in map)
                {
                    writer.WritePropertyName(entry.Key);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                writer.WriteStartObject();
                foreach (var entry in dictionary)
                {
                    writer.WritePropertyName(entry.Key);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"Unexpected value in result: {value.GetType()}");
        }
    }
}
