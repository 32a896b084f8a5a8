using System.Net;
using System.Text.Json;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Logging;

public sealed class RequestLogTests
{
    [Fact]
    public async Task RequestLog_RecordsMethodPathQueryBodyAndTokenHashButNeverTheToken()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        await sim.GetAsync("api/v1/accounts/1/conversations?status=all&labels[]=vip");
        await sim.FilterRawAsync("""{"payload":[]}""", "?page=2");

        var log = sim.State.RequestLog.Snapshot();
        log.Should().HaveCount(2);
        log[0].Method.Should().Be("GET");
        log[0].Path.Should().Be("/api/v1/accounts/1/conversations");
        log[0].Query.Should().Be("status=all&labels[]=vip");
        log[0].Endpoint.Should().Be(SimulatorEndpoints.ConversationsList);
        log[0].StatusCode.Should().Be(200);
        log[0].TokenHash.Should().Be(RequestLog.HashToken(AdminToken)).And.NotContain(AdminToken);
        log[1].Method.Should().Be("POST");
        log[1].Body.Should().Be("""{"payload":[]}""");
        log[1].Query.Should().Be("page=2");
    }

    [Fact]
    public async Task AdminRequests_ServesTheLogAsJsonWithoutTokensAndDeleteClearsIt()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        await sim.GetAsync("api/v1/accounts/1/teams");

        var json = await sim.Http.GetStringAsync("__admin/requests");
        using var delete = await sim.Http.DeleteAsync("__admin/requests");

        json.Should().NotContain(AdminToken);
        var entries = JsonDocument.Parse(json).RootElement;
        entries.GetArrayLength().Should().Be(1);
        entries[0].GetProperty("path").GetString().Should().Be("/api/v1/accounts/1/teams");
        entries[0].GetProperty("token_hash").GetString().Should().HaveLength(16);
        delete.StatusCode.Should().Be(HttpStatusCode.NoContent);
        sim.State.RequestLog.Count.Should().Be(0);
    }

    [Fact]
    public async Task RequestLog_RequestWithoutToken_HasNoHash()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        await sim.GetAsync("api/v1/profile", token: null);

        sim.State.RequestLog.Snapshot().Single().TokenHash.Should().BeNull();
    }

    [Fact]
    public void RequestLog_OverCapacity_DropsTheOldest()
    {
        var log = new RequestLog(capacity: 2);

        log.Add("GET", "/a", string.Empty, null, null, DateTimeOffset.UnixEpoch);
        log.Add("GET", "/b", string.Empty, null, null, DateTimeOffset.UnixEpoch);
        log.Add("GET", "/c", string.Empty, null, null, DateTimeOffset.UnixEpoch);

        log.Snapshot().Select(r => r.Path).Should().Equal("/b", "/c");
    }

    [Fact]
    public async Task RequestLog_MaxInFlight_ShowsHowManyRequestsRanConcurrently()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        sim.State.Faults.Add(new FaultRule { LatencyMs = 1000 }); // long enough for the four requests to overlap on a loaded machine

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => sim.GetAsync("api/v1/accounts/1/teams")));

        sim.State.RequestLog.MaxInFlight.Should().Be(4);
    }
}
