using Chatwoot.Simulator;
using Gateway.Tests.Hosting;

namespace Gateway.Tests.DataLoaders;

/// <summary><c>Gateway:LookupCacheSeconds</c> through the real gateway and simulator, read from the simulator's request log.</summary>
public sealed class LookupListCachingTests
{
    private const string Query = """{"query":"{ conversations { nodes { id inbox { name } } } }"}""";

    [Fact]
    public async Task Conversations_CacheOff_EveryRequestFetchesTheInboxList()
    {
        await using var gateway = await ProtectedGateway.StartAsync();

        await QueryTwiceAsync(gateway, SimulatorData.DemoToken, SimulatorData.DemoToken);

        InboxListCalls(gateway).Should().Be(2);
    }

    [Fact]
    public async Task Conversations_CacheOn_SecondRequestReusesTheInboxList()
    {
        await using var gateway = await ProtectedGateway.StartAsync(Cached);

        await QueryTwiceAsync(gateway, SimulatorData.DemoToken, SimulatorData.DemoToken);

        InboxListCalls(gateway).Should().Be(1);
    }

    [Fact]
    public async Task Conversations_CacheOnOtherToken_FetchesItsOwnInboxList()
    {
        await using var gateway = await ProtectedGateway.StartAsync(Cached);

        await QueryTwiceAsync(gateway, SimulatorData.DemoToken, SimulatorData.DemoAgentToken);

        InboxListCalls(gateway).Should().Be(2);
    }

    [Fact]
    public async Task Conversations_CacheOnAfterFailedList_FetchesItAgain()
    {
        await using var gateway = await ProtectedGateway.StartAsync(Cached);
        gateway.Simulator.State.Faults.Add(new FaultRule { Endpoint = "inboxes.list", ErrorStatus = 500, ErrorRate = 1.0 });
        var (_, failed, _) = await gateway.PostTextAsync(Query);
        gateway.Simulator.State.Faults.Clear();

        var (status, body, _) = await gateway.PostTextAsync(Query);

        ProtectedGateway.FirstErrorCode(failed).Should().Be("UPSTREAM_UNAVAILABLE");
        status.Should().Be(200);
        ProtectedGateway.FirstErrorCode(body).Should().BeNull(body);
        body.Should().Contain("\"inbox\":{\"name\":");
    }

    private static Dictionary<string, string?> Cached => new() { ["Gateway:LookupCacheSeconds"] = "60" };

    private static async Task QueryTwiceAsync(ProtectedGateway gateway, string firstToken, string secondToken)
    {
        foreach (var token in (string[])[firstToken, secondToken])
        {
            var (status, body, _) = await gateway.PostAsync(System.Text.Encoding.UTF8.GetBytes(Query), token);
            status.Should().Be(200, body);
            ProtectedGateway.FirstErrorCode(body).Should().BeNull(body);
        }
    }

    private static int InboxListCalls(ProtectedGateway gateway) =>
        gateway.Simulator.State.RequestLog.Snapshot().Count(r => r.Path.EndsWith("/inboxes", StringComparison.Ordinal));
}
