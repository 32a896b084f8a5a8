using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Chatwoot.Simulator.Api;

/// <summary>Writes JSON bodies (whole, with Content-Length; truncated when a malformed-JSON fault is active).</summary>
internal static class ApiResponses
{
    public static readonly object MalformedJsonKey = new();

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public static async Task WriteJsonAsync<TState>(HttpContext context, int status, TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, state);
        }

        var body = buffer.WrittenMemory;
        if (context.Items.ContainsKey(MalformedJsonKey))
        {
            body = body[..Math.Max(1, body.Length / 2)];
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    public static Task ErrorAsync(HttpContext context, int status, string message) =>
        WriteJsonAsync(context, status, message, static (w, m) =>
        {
            w.WriteStartObject();
            w.WriteString("error", m);
            w.WriteEndObject();
        });

    public static Task NotFoundAsync(HttpContext context) => ErrorAsync(context, StatusCodes.Status404NotFound, "Resource could not be found");

    /// <summary>What Rails sends for an unrescued exception in an API request.</summary>
    public static Task InternalServerErrorAsync(HttpContext context) =>
        WriteJsonAsync(context, StatusCodes.Status500InternalServerError, 0, static (w, _) =>
        {
            w.WriteStartObject();
            w.WriteNumber("status", 500);
            w.WriteString("error", "Internal Server Error");
            w.WriteEndObject();
        });

    public static Task SignInRequiredAsync(HttpContext context) =>
        WriteJsonAsync(context, StatusCodes.Status401Unauthorized, 0, static (w, _) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("errors");
            w.WriteStringValue("You need to sign in or sign up before continuing.");
            w.WriteEndArray();
            w.WriteEndObject();
        });
}
