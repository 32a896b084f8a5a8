using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Gateway.GraphQL.Http;

/// <summary>
/// Reads the GraphQL parameters (<c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>) from a
/// JSON POST body or a GET query string. Every problem is reported as a message for a 400 answer, never thrown.
/// </summary>
internal static class GraphQLHttpRequestParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 128 };

    /// <summary>Parses a POST body (UTF-8 JSON; a leading byte order mark is skipped).</summary>
    public static bool TryParseBody(ReadOnlySequence<byte> body, out GraphQLHttpRequest? request, out string? error)
    {
        request = null;
        if (body.FirstSpan.StartsWith("\uFEFF"u8))
        {
            body = body.Slice(3);
        }

        if (IsBlank(body))
        {
            error = "The request body is empty; expected a JSON object with a \"query\" member.";
            return false;
        }

        if (!IsValidUtf8(body))
        {
            error = "The request body is not valid UTF-8.";
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            error = $"The request body is not valid JSON: {ex.Message}";
            return false;
        }
        catch (ArgumentException ex)
        {
            error = $"The request body is not valid UTF-8 JSON: {ex.Message}";
            return false;
        }

        var result = new GraphQLHttpRequest();
        result.Own(document);
        if (!TryReadParameters(document.RootElement, result, out error))
        {
            result.Dispose();
            return false;
        }

        request = result;
        return true;
    }

    /// <summary>Parses GET query-string parameters; <c>variables</c> and <c>extensions</c> are JSON text.</summary>
    public static bool TryParseQueryString(IQueryCollection query, out GraphQLHttpRequest? request, out string? error)
    {
        request = null;
        var result = new GraphQLHttpRequest();
        if (!TryGetSingle(query, "query", out var queryText, out error)
            || !TryGetSingle(query, "operationName", out var operationName, out error)
            || !TryGetSingle(query, "variables", out var variablesText, out error)
            || !TryGetSingle(query, "extensions", out var extensionsText, out error))
        {
            return false;
        }

        result.Query = string.IsNullOrEmpty(queryText) ? null : queryText;
        result.OperationName = string.IsNullOrEmpty(operationName) ? null : operationName;
        if (!TryParseMap(variablesText, "variables", result, out var variables, out error)
            || !TryParseMap(extensionsText, "extensions", result, out var extensions, out error))
        {
            result.Dispose();
            return false;
        }

        // Protection hook: an automatic persisted query may leave the text out.
        if (string.IsNullOrEmpty(queryText) && !Persisted.PersistedOperationResolver.HasPersistedQuery(extensions))
        {
            result.Dispose();
            error = "The \"query\" parameter is missing; send the GraphQL document in the \"query\" query-string parameter.";
            return false;
        }

        result.Variables = variables;
        result.Extensions = extensions;
        request = result;
        return true;
    }

    private static bool TryReadParameters(JsonElement root, GraphQLHttpRequest request, out string? error)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = root.ValueKind == JsonValueKind.Array
                ? "The request body must be a JSON object: batched requests (a JSON array of operations) are not supported; send one operation per request."
                : $"The request body must be a JSON object, not {Describe(root.ValueKind)}.";
            return false;
        }

        var sawQuery = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            // Protection hook: duplicate keys are ambiguous (which one wins differs between parsers), so refuse them.
            if (!seen.Add(property.Name))
            {
                error = $"The request body has the member \"{property.Name}\" more than once.";
                return false;
            }

            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        error = value.ValueKind == JsonValueKind.Null
                            ? "The \"query\" parameter is missing."
                            : $"The \"query\" parameter must be a string, not {Describe(value.ValueKind)}.";
                        return false;
                    }

                    request.Query = value.GetString();
                    sawQuery = true;
                    break;
                case "operationName":
                    if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        error = $"The \"operationName\" parameter must be a string or null, not {Describe(value.ValueKind)}.";
                        return false;
                    }

                    request.OperationName = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                    break;
                case "variables":
                    if (!TryReadMap(value, "variables", out var variables, out error))
                    {
                        return false;
                    }

                    request.Variables = variables;
                    break;
                case "extensions":
                    if (!TryReadMap(value, "extensions", out var extensions, out error))
                    {
                        return false;
                    }

                    request.Extensions = extensions;
                    break;
                default:
                    // The specification asks servers to ignore parameters they do not know.
                    break;
            }
        }

        // Protection hook: an automatic persisted query may leave the text out.
        if ((!sawQuery || string.IsNullOrEmpty(request.Query)) && !Persisted.PersistedOperationResolver.HasPersistedQuery(request.Extensions))
        {
            error = "The \"query\" parameter is missing; the request body must be a JSON object with a string \"query\" member.";
            return false;
        }

        error = null;
        return true;
    }

    private static bool TryReadMap(JsonElement value, string name, out IReadOnlyDictionary<string, JsonElement>? map, out string? error)
    {
        map = null;
        error = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            error = $"The \"{name}\" parameter must be a JSON object or null, not {Describe(value.ValueKind)}.";
            return false;
        }

        var dictionary = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!dictionary.TryAdd(property.Name, property.Value))
            {
                error = $"The \"{name}\" parameter has the member \"{property.Name}\" more than once.";
                return false;
            }
        }

        map = dictionary;
        return true;
    }

    private static bool TryParseMap(string? text, string name, GraphQLHttpRequest request, out IReadOnlyDictionary<string, JsonElement>? map, out string? error)
    {
        map = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException ex)
        {
            error = $"The \"{name}\" parameter is not valid JSON: {ex.Message}";
            return false;
        }

        request.Own(document);
        return TryReadMap(document.RootElement, name, out map, out error);
    }

    private static bool TryGetSingle(IQueryCollection query, string name, out string? value, out string? error)
    {
        error = null;
        value = null;
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return true;
        }

        if (values.Count > 1)
        {
            error = $"The \"{name}\" parameter is given more than once.";
            return false;
        }

        value = values[0];
        return true;
    }

    private static bool IsValidUtf8(ReadOnlySequence<byte> body) =>
        body.IsSingleSegment ? System.Text.Unicode.Utf8.IsValid(body.FirstSpan) : System.Text.Unicode.Utf8.IsValid(body.ToArray());

    private static bool IsBlank(ReadOnlySequence<byte> body)
    {
        foreach (var segment in body)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };
}
