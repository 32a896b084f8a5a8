using System.Diagnostics;
using Gateway.Tests.Cli;

namespace Gateway.Tests.Clients;

/// <summary>
/// Runs node and npm for the client tests from the repository root, installing an npm folder's locked packages
/// when <c>scripts/test.sh</c> has not already done so.
/// </summary>
internal static class ExternalProcess
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string RepositoryRoot { get; } = SchemaExportCommandTests.RepositoryRoot();

    public static async Task EnsureNpmInstalledAsync(string folder, string probePackage, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(RepositoryRoot, folder);
        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            if (Directory.Exists(Path.Combine(directory, "node_modules", probePackage)))
            {
                return;
            }

            var result = await RunAsync("npm", ["ci", "--prefix", directory, "--no-audit", "--no-fund", "--loglevel=error"], RepositoryRoot, null, TimeSpan.FromMinutes(5), cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {folder} failed:\n{result.Output}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs a program; returns its exit code and its standard output and error, interleaved by line.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment,
        TimeSpan timeout,
        CancellationToken cancellationToken)
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

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var output = new System.Text.StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', startInfo.ArgumentList)} did not finish within {timeout}:\n{Snapshot(output)}");
        }

        // WaitForExitAsync returns after the redirected streams reach end of file.
        return (process.ExitCode, Snapshot(output));
    }

    private static void Append(System.Text.StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(System.Text.StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
