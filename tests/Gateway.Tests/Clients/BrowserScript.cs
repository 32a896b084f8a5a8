namespace Gateway.Tests.Clients;

/// <summary>Runs a playwright-core script of tests/js/browser in Debian's Chromium.</summary>
internal static class BrowserScript
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, string argument)
    {
        File.Exists(ChromiumPath).Should().BeTrue($"the browser tests drive {ChromiumPath} (scripts/test.sh installs Debian's chromium package)");
        await ExternalProcess.EnsureNpmInstalledAsync(Path.Combine("tests", "js"), "playwright-core", CancellationToken.None);
        return await ExternalProcess.RunAsync(
            "node", [Path.Combine(ExternalProcess.RepositoryRoot, "tests", "js", "browser", script), argument],
            ExternalProcess.RepositoryRoot, null, Timeout, CancellationToken.None);
    }
}
