using System.Net;
using Chatwoot.Simulator.Tests.TestSupport;

namespace Chatwoot.Simulator.Tests.Model;

public sealed class SimulatorDataTests
{
    [Fact]
    public void Generate_SameSeed_GivesIdenticalData()
    {
        SimulatorData.Generate(42).ToJson().Should().Be(SimulatorData.Generate(42).ToJson());
        SimulatorData.Generate(42).ToJson().Should().NotBe(SimulatorData.Generate(43).ToJson());
    }

    [Fact]
    public void Generate_Default_HasTheDocumentedShape()
    {
        var data = SimulatorData.Generate();
        var demo = data.Accounts.Single(a => a.Id == SimulatorData.DemoAccountId);

        data.Accounts.Should().HaveCountGreaterThanOrEqualTo(3);
        demo.Conversations.Should().HaveCount(300);
        demo.Conversations.Select(c => c.DisplayId).Should().OnlyHaveUniqueItems();
        demo.Members.Count(m => m.Role == "administrator").Should().BeGreaterThan(1);
        demo.Members.Count(m => m.Role == "agent").Should().BeGreaterThan(5);
        demo.Inboxes.Should().HaveCountGreaterThan(2);
        demo.Teams.Should().NotBeEmpty();
        demo.Labels.Should().NotBeEmpty();
        demo.CustomAttributeDefinitions.Select(d => d.AttributeDisplayType).Should().Contain(["text", "number", "date", "checkbox", "list", "link"]);
        demo.Conversations.Select(c => c.Status).Distinct().Should().BeEquivalentTo(["open", "resolved", "pending", "snoozed"]);
        demo.Conversations.Should().Contain(c => c.AssigneeId == null).And.Contain(c => c.AssigneeId != null);
        data.Users.Should().OnlyContain(u => !string.IsNullOrEmpty(u.AccessToken));
        data.Users.Select(u => u.AccessToken).Should().OnlyHaveUniqueItems();
        data.Users.Single(u => u.AccessToken == SimulatorData.DemoToken).Id.Should().Be(SimulatorData.DemoAdminUserId);
        demo.Members.Single(m => m.UserId == SimulatorData.DemoAdminUserId).Role.Should().Be("administrator");
        demo.Members.Single(m => m.UserId == SimulatorData.DemoAgentUserId).Role.Should().Be("agent");
    }

    [Fact]
    public void FromJson_RoundTripsTheDataSet()
    {
        var json = SimulatorData.Generate(5).ToJson();

        SimulatorData.FromJson(json).ToJson().Should().Be(json);
    }

    [Fact]
    public async Task LoadFileAsync_ReadsADataSetFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sim-data-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, TestData.Create(TestData.Conversation(3)).ToJson());
        try
        {
            var data = await SimulatorData.LoadFileAsync(path, CancellationToken.None);

            data.Accounts[0].Conversations.Single().DisplayId.Should().Be(3);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task DefaultData_DemoAgentSeesFewerConversationsThanTheDemoAdmin()
    {
        await using var sim = await Sim.StartAsync(data: null);

        var (adminStatus, admin) = await sim.GetAsync("api/v1/accounts/1/conversations?status=all", SimulatorData.DemoToken);
        var (_, agent) = await sim.GetAsync("api/v1/accounts/1/conversations?status=all", SimulatorData.DemoAgentToken);

        adminStatus.Should().Be(HttpStatusCode.OK);
        var adminAll = admin.GetProperty("data").GetProperty("meta").GetProperty("all_count").GetInt32();
        var agentAll = agent.GetProperty("data").GetProperty("meta").GetProperty("all_count").GetInt32();
        adminAll.Should().Be(300);
        agentAll.Should().BeGreaterThan(0).And.BeLessThan(adminAll);
    }

    [Fact]
    public async Task StartAsync_PortZero_BindsAnEphemeralLoopbackPort()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions(), CancellationToken.None);

        server.BaseAddress.Host.Should().Be("127.0.0.1");
        server.BaseAddress.Port.Should().BeGreaterThan(0);
    }
}
