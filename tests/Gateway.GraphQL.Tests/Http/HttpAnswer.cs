using System.Net;
using System.Text.Json;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>A fully read HTTP response: status, content type, headers and body.</summary>
internal sealed class HttpAnswer
{
    private HttpAnswer(HttpStatusCode status, string? contentType, string body, HttpResponseMessage message)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        Allow = string.Join(", ", message.Content.Headers.Allow);
    }

    public HttpStatusCode Status { get; }

    public string? ContentType { get; }

    public string Body { get; }

    public string Allow { get; }

    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    public string? FirstErrorCode =>
        Json.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    public bool HasData => Json.TryGetProperty("data", out _);

    public static async Task<HttpAnswer> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        return new HttpAnswer(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, response);
    }

    public override string ToString() => $"{(int)Status} {ContentType}: {Body}";
}
