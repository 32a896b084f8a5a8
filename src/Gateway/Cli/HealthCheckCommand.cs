namespace Gateway.Cli;

/// <summary>Probes a running gateway; used as the container's health check (the runtime image has no curl).</summary>
internal static class HealthCheckCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter error, CancellationToken ct)
    {
        var url = args.Length == 2 && args[0] == "--url" ? args[1] : args.Length == 0 ? "http://127.0.0.1:8080/healthz" : null;
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            await error.WriteLineAsync("usage: Gateway healthcheck [--url <url>]");
            return 2;
        }

        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            using var response = await client.GetAsync(uri, ct);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"healthcheck: {ex.Message}");
            return 1;
        }
    }
}
