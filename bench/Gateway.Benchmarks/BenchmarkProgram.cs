using System.Globalization;
using BenchmarkDotNet.Running;

namespace Gateway.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project bench/Gateway.Benchmarks -- --filter '*'</c>;
/// <c>-- --allocation-profile [requests] [typename]</c> prints the whole-request benchmark's allocations by type instead.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--allocation-profile")
        {
            var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
            await GatewayRequestAllocationProfile.RunAsync(requests, typename: args.Length > 2 && args[2] == "typename");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
