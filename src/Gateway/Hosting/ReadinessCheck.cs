using Gateway.Upstream;
using Microsoft.Extensions.Options;

namespace Gateway.Hosting;

/// <summary><c>/readyz</c>: ready when the upstream Chatwoot answers HTTP at all (any status below 500).</summary>
internal static class ReadinessCheck
{
    public const string HttpClientName = "readiness";

    public static async Task<IResult> CheckAsync(IHttpClientFactory factory, IOptions<ChatwootClientOptions> options, CancellationToken ct)
    {
        var baseUrl = options.Value.BaseUrl;
        if (baseUrl is null)
        {
            return Results.Text("upstream not configured", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        try
        {
            using var client = factory.CreateClient(HttpClientName);
            using var response = await client.GetAsync(new Uri(baseUrl, "api/v1/profile"), ct);
            return (int)response.StatusCode < 500
                ? Results.Text("ready")
                : Results.Text($"upstream answered {(int)response.StatusCode}", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return Results.Text("upstream unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
