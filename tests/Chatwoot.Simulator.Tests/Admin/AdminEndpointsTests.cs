using System.Net;
using System.Text;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Admin;

public sealed class AdminEndpointsTests
{
    [Fact]
    public async Task AdminData_Post_ServesTheLoadedDataSet()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        var replacement = Create(Conversation(7), Conversation(8));

        using var response = await sim.Http.PostAsync("__admin/data", new StringContent(replacement.ToJson(), Encoding.UTF8, "application/json"));
        var (_, body) = await sim.GetAsync("api/v1/accounts/1/conversations");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        Sim.Ids(body).Should().Equal(7, 8);
    }

    [Fact]
    public async Task AdminReset_RestoresInitialDataAndClearsFaultsAndLog()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        sim.State.LoadData(Create());
        sim.State.Faults.Add(new FaultRule { ErrorRate = 1.0, Endpoint = SimulatorEndpoints.TeamsList });
        sim.State.FilterResponseShape = FilterResponseShape.SeedWrapped;
        await sim.GetAsync("api/v1/accounts/1/teams");

        using var response = await sim.Http.PostAsync("__admin/reset", null);
        var (_, body) = await sim.GetAsync("api/v1/accounts/1/conversations");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        Sim.Ids(body).Should().Equal(1);
        sim.State.Faults.Rules.Should().BeEmpty();
        sim.State.FilterResponseShape.Should().Be(FilterResponseShape.Real);
        sim.State.RequestLog.Snapshot().Should().ContainSingle(r => r.Path == "/api/v1/accounts/1/conversations");
    }

    [Fact]
    public async Task AdminFilterShape_SwitchesTheFilterResponse()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        using var toSeed = await sim.Http.PostAsync("__admin/filter-shape?value=seed", null);
        var (_, seed) = await sim.FilterRawAsync("""{"payload":[]}""");
        using var toReal = await sim.Http.PostAsync("__admin/filter-shape?value=real", null);
        var (_, real) = await sim.FilterRawAsync("""{"payload":[]}""");

        toSeed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        seed.TryGetProperty("data", out _).Should().BeTrue();
        real.TryGetProperty("data", out _).Should().BeFalse();
    }

    [Fact]
    public async Task AdminRequests_AreNotThemselvesLogged()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        await sim.Http.GetStringAsync("__admin/requests");

        sim.State.RequestLog.Count.Should().Be(0);
    }

    [Fact]
    public async Task AdminData_Get_ReturnsTheServedDataSetAsLoadableJson()
    {
        await using var sim = await Sim.StartAsync(Conversation(4), Conversation(5));

        var json = await sim.Http.GetStringAsync("__admin/data");

        SimulatorData.FromJson(json).Accounts[0].Conversations.Select(c => c.DisplayId).Should().Equal(4, 5);
    }

    [Fact]
    public async Task AdminData_InvalidJson_Returns400AndKeepsTheData()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        using var response = await sim.Http.PostAsync("__admin/data", new StringContent("{\"accounts\": 5}", Encoding.UTF8, "application/json"));
        var (_, body) = await sim.GetAsync("api/v1/accounts/1/conversations");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Sim.Ids(body).Should().Equal(1);
    }
}
