using System.Diagnostics;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>
/// Runs the node scripts under tests/js (found by walking up from the test binaries to Gateway.sln), installing
/// their locked npm dependencies first when <c>scripts/test.sh</c> has not already done so.
/// </summary>
internal static class NodeScript
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string JsDirectory => Path.Combine(RepositoryRoot, "tests", "js");

    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string script, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        await EnsureInstalledAsync(timeout);
        return await RunProcessAsync("node", [Path.Combine(JsDirectory, script), .. arguments], RepositoryRoot, timeout);
    }

    private static async Task EnsureInstalledAsync(TimeSpan timeout)
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(JsDirectory, "node_modules", "graphql-http"))
                && Directory.Exists(Path.Combine(JsDirectory, "node_modules", "graphql")))
            {
                return;
            }

            var (exitCode, stdOut, stdErr) = await RunProcessAsync(
                "npm", ["ci", "--prefix", JsDirectory, "--no-audit", "--no-fund", "--loglevel=error"], RepositoryRoot, timeout);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in tests/js failed ({exitCode}):\n{stdOut}\n{stdErr}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string StdOut, string StdErr)> RunProcessAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        using var cts = new CancellationTokenSource(timeout);
        var stdOut = process.StandardOutput.ReadToEndAsync(cts.Token);
        var stdErr = process.StandardError.ReadToEndAsync(cts.Token);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdOut, await stdErr);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Gateway.sln not found above {AppContext.BaseDirectory}.");
    }
}
