namespace Gateway.Tests.Clients;

/// <summary>
/// Builds examples/web once per test class (graphql-codegen against the running gateway, tsc, esbuild), however
/// many tests ask for it.
/// </summary>
public sealed class WebExampleBuild : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (int ExitCode, string Output)? _result;

    public static string Directory => Path.Combine(ExternalProcess.RepositoryRoot, "examples", "web");

    public void Dispose() => _lock.Dispose();

    public async Task<(int ExitCode, string Output)> BuildAsync(Uri graphQLEndpoint)
    {
        ArgumentNullException.ThrowIfNull(graphQLEndpoint);
        await _lock.WaitAsync();
        try
        {
            if (_result is { } done)
            {
                return done;
            }

            await ExternalProcess.EnsureNpmInstalledAsync(Path.Combine("examples", "web"), "@graphql-codegen", CancellationToken.None);
            var result = await ExternalProcess.RunAsync(
                "npm", ["run", "build", "--prefix", Directory],
                Directory,
                new Dictionary<string, string> { ["GATEWAY_SCHEMA"] = graphQLEndpoint.AbsoluteUri },
                TimeSpan.FromMinutes(3),
                CancellationToken.None);
            _result = result;
            return result;
        }
        finally
        {
            _lock.Release();
        }
    }
}
