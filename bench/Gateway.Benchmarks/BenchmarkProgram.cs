using BenchmarkDotNet.Running;

namespace Gateway.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project bench/Gateway.Benchmarks -- --filter '*'</c>.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
