using System.Buffers;
using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Gateway.GraphQL.Http;

/// <summary>Reading the request body and writing responses.</summary>
internal sealed partial class GraphQLHttpEndpoint
{
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private const string GraphQLResponseContentType = "application/graphql-response+json; charset=utf-8";
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>POST bodies must be <c>application/json</c>, in UTF-8 when a charset is named.</summary>
    internal static bool IsJsonContentType(string? contentType, out string error)
    {
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            error = "The Content-Type header is missing: send the request as application/json.";
            return false;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            error = $"The Content-Type '{contentType}' is not supported: send the request as application/json.";
            return false;
        }

        var charset = HeaderUtilities.RemoveQuotes(parsed.Charset);
        if (charset.HasValue
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            error = $"The charset '{charset}' is not supported: send the request body in utf-8.";
            return false;
        }

        return true;
    }

    /// <summary>Reads the whole body, answering 413 as soon as it is known to exceed the limit.</summary>
    private async Task<(GraphQLHttpRequest? Request, int Status, string? Error)> ReadBodyAsync(HttpContext context)
    {
        var limit = _options.MaxRequestBodySize;
        if (context.Request.ContentLength is long length && length > limit)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(limit));
        }

        // The server's own limit must not cut in before ours (Kestrel's default is 30 MB); ours is enforced below.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit + 1;
        }

        var reader = context.Request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(context.RequestAborted);
                var buffer = read.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.End);
                    return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(limit));
                }

                if (read.IsCompleted || read.IsCanceled)
                {
                    var ok = GraphQLHttpRequestParser.TryParseBody(buffer, out var parsed, out var error);
                    reader.AdvanceTo(buffer.End);
                    return ok ? (parsed, StatusCodes.Status200OK, null) : (null, StatusCodes.Status400BadRequest, error);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException ex)
        {
            return ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? (null, StatusCodes.Status413PayloadTooLarge, TooLarge(limit))
                : (null, ex.StatusCode, "The request body could not be read.");
        }
    }

    private async Task WriteRequestErrorAsync(HttpContext context, ResponseMediaType mediaType, int status, string message, string code)
    {
        GraphQLHttpLog.RequestRejected(_logger, status, message);
        await WriteResultAsync(context, ExecutionResult.FromError(new GraphQLError(message, code)), mediaType, status);
    }

    private static async Task WriteResultAsync(HttpContext context, ExecutionResult result, ResponseMediaType mediaType, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseContentType : JsonContentType;
        var body = response.BodyWriter;
        WriteResult(body, result);
        await body.FlushAsync(context.RequestAborted);
    }

    /// <summary>
    /// Writes the response into the body's buffer with this thread's writer (writing is synchronous, so a writer
    /// per thread is never shared); the writer lets go of the body before it is returned.
    /// </summary>
    private static void WriteResult(IBufferWriter<byte> body, ExecutionResult result)
    {
        var writer = t_writer;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(body, ExecutionResultSerializer.WriterOptions);
            t_writer = writer;
        }
        else
        {
            writer.Reset(body);
        }

        try
        {
            ExecutionResultSerializer.Write(writer, result);
            writer.Flush();
        }
        finally
        {
            writer.Reset(DetachedOutput.Instance);
        }
    }

    private static string TooLarge(long limit) => $"The request body is larger than the limit of {limit} bytes.";
}
