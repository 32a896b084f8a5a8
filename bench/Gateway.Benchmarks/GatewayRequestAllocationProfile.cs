using System.Diagnostics.Tracing;
using System.Globalization;

namespace Gateway.Benchmarks;

/// <summary>
/// Where the whole-request benchmark's bytes go, by allocated type: runs <see cref="GatewayRequestBenchmarks"/>'s
/// request in a loop under the runtime's sampled allocation events (one per ~100 KB) and prints the top types with
/// their share per request. Run: <c>dotnet run -c Release --project bench/Gateway.Benchmarks -- --allocation-profile [requests] [typename]</c>.
/// </summary>
internal sealed class GatewayRequestAllocationProfile : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private bool _recording;

    /// <summary>The same profile for <see cref="ExecutionBenchmarks.Conversations25"/> (the engine alone, in memory).</summary>
    public static async Task RunExecutionAsync(int requests)
    {
        var bench = new ExecutionBenchmarks();
        bench.Setup();
        try
        {
            for (var i = 0; i < 2000; i++)
            {
                await bench.Conversations25();
            }

            using var listener = new GatewayRequestAllocationProfile();
            var total = GC.GetTotalAllocatedBytes(precise: true);
            listener._recording = true;
            for (var i = 0; i < requests; i++)
            {
                await bench.Conversations25();
            }

            listener._recording = false;
            listener.Print(requests, GC.GetTotalAllocatedBytes(precise: true) - total);
        }
        finally
        {
            bench.Cleanup();
        }
    }

    public static async Task RunAsync(int requests, bool typename)
    {
        var bench = new GatewayRequestBenchmarks();
        await bench.SetupAsync();
        try
        {
            Func<Task<int>> request = typename ? bench.Typename : bench.ConversationPage;
            for (var i = 0; i < 2000; i++)
            {
                await request();
            }

            using var listener = new GatewayRequestAllocationProfile();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var total = GC.GetTotalAllocatedBytes(precise: true);
            listener._recording = true;
            for (var i = 0; i < requests; i++)
            {
                await request();
            }

            listener._recording = false;
            total = GC.GetTotalAllocatedBytes(precise: true) - total;
            _ = before;
            listener.Print(requests, total);
            await PrintSplitAsync(bench, requests);
        }
        finally
        {
            bench.Cleanup();
        }
    }

    /// <summary>Precise bytes per operation of the whole request, of its two upstream calls alone, and of the floors.</summary>
    private static async Task PrintSplitAsync(GatewayRequestBenchmarks bench, int operations)
    {
        var page = await MeasureAsync(bench.ConversationPage, operations);
        await MeasureAsync(bench.ConversationPageAsyncUpstream, operations);
        var upstream = await MeasureAsync(bench.UpstreamOnlyAsync, operations);
        var typename = await MeasureAsync(bench.Typename, operations);
        var healthz = await MeasureAsync(bench.Healthz, operations);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precise B/op: page request {page:N0}; its 2 upstream calls alone {upstream:N0}; {{ __typename }} request {typename:N0}; healthz {healthz:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"=> GraphQL execution, resolvers and DataLoaders of the page: about {page - upstream - typename:N0} B/request"));
    }

    private static async Task<long> MeasureAsync(Func<Task> operation, int operations)
    {
        for (var i = 0; i < 200; i++)
        {
            await operation();
        }

        var start = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < operations; i++)
        {
            await operation();
        }

        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - start) / operations;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {operation.Method.Name}: {bytes:N0} B/op, {clock.Elapsed.TotalMicroseconds / operations:N1} us/op wall, {(Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / operations:N1} us/op process CPU"));
        return bytes;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var names = eventData.PayloadNames!;
        var type = "?";
        long amount = 0;
        for (var i = 0; i < names.Count; i++)
        {
            switch (names[i])
            {
                case "TypeName":
                    type = eventData.Payload[i] as string ?? "?";
                    break;
                case "AllocationAmount64":
                    amount = Convert.ToInt64(eventData.Payload[i], CultureInfo.InvariantCulture);
                    break;
                default:
                    break;
            }
        }

        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }

    private void Print(int requests, long total)
    {
        List<KeyValuePair<string, long>> rows;
        lock (_bytesByType)
        {
            rows = [.. _bytesByType.OrderByDescending(r => r.Value)];
        }

        var sampled = rows.Sum(r => r.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{requests} requests, {total / requests:N0} B allocated per request (all threads, precise); sampled {sampled / requests:N0} B/request"));
        foreach (var (type, bytes) in rows.Take(60))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)requests,10:N0} B/req {100.0 * bytes / sampled,5:N1}%  {type}"));
        }
    }
}
