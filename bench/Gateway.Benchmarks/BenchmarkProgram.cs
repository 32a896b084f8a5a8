using System.Globalization;
using BenchmarkDotNet.Running;

namespace Gateway.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project bench/Gateway.Benchmarks -- --filter '*'</c>;
/// <c>-- --allocation-profile [requests] [page|typename|execution]</c> prints the whole-request benchmark's allocations by type instead.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--allocation-profile")
        {
            var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
            var target = args.Length > 2 ? args[2] : "page";
            if (target == "execution")
            {
                await GatewayRequestAllocationProfile.RunExecutionAsync(requests);
            }
            else
            {
                await GatewayRequestAllocationProfile.RunAsync(requests, typename: target == "typename");
            }
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
