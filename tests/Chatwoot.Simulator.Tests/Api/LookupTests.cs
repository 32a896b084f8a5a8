using System.Net;
using System.Text.Json;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Api;

public sealed class LookupTests
{
    [Fact]
    public async Task Contact_Known_ReturnsPayloadWithContactInboxes()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.GetAsync($"api/v1/accounts/1/contacts/{Contact}");

        status.Should().Be(HttpStatusCode.OK);
        var payload = body.GetProperty("payload");
        payload.GetProperty("id").GetInt32().Should().Be(Contact);
        payload.GetProperty("email").GetString().Should().Be("carl@example.com");
        payload.GetProperty("contact_inboxes")[0].GetProperty("source_id").GetString().Should().Be("src-1");
        payload.GetProperty("contact_inboxes")[0].GetProperty("inbox").GetProperty("id").GetInt32().Should().Be(AgentInbox);
    }

    [Fact]
    public async Task Contact_Unknown_Returns404()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.GetAsync("api/v1/accounts/1/contacts/4242");

        status.Should().Be(HttpStatusCode.NotFound);
        body.GetProperty("error").GetString().Should().Be("Resource could not be found");
    }

    [Fact]
    public async Task Agents_ReturnsBareArrayOfEveryUserWithRoles()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (_, body) = await sim.GetAsync("api/v1/accounts/1/agents", AgentToken);

        body.ValueKind.Should().Be(JsonValueKind.Array);
        body.EnumerateArray().Select(a => (a.GetProperty("id").GetInt32(), a.GetProperty("role").GetString()))
            .Should().Equal((AdminId, "administrator"), (AgentId, "agent"), (OtherAgentId, "agent"));
        body[0].TryGetProperty("access_token", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Teams_ReturnsBareArrayWithMembershipOfTheCaller()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (_, body) = await sim.GetAsync("api/v1/accounts/1/teams", AgentToken);

        body.EnumerateArray().Select(t => (t.GetProperty("name").GetString(), t.GetProperty("is_member").GetBoolean()))
            .Should().Equal(("sales", true), ("support", false));
    }

    [Fact]
    public async Task Inboxes_ForAdministrator_CarrySecrets()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (_, body) = await sim.GetAsync("api/v1/accounts/1/inboxes");
        var inboxes = body.GetProperty("payload");

        inboxes.GetArrayLength().Should().Be(2);
        inboxes[0].GetProperty("hmac_token").GetString().Should().Be("hmac-secret");
        inboxes[0].GetProperty("website_token").GetString().Should().Be("wt-secret");
        inboxes[1].GetProperty("imap_password").GetString().Should().Be("imap-secret");
        inboxes[1].GetProperty("smtp_password").GetString().Should().Be("smtp-secret");
    }

    [Fact]
    public async Task Inboxes_ForAgent_OnlyTheirInboxesWithoutSecrets()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (_, body) = await sim.GetAsync("api/v1/accounts/1/inboxes", AgentToken);
        var inboxes = body.GetProperty("payload");

        inboxes.GetArrayLength().Should().Be(1);
        inboxes[0].GetProperty("id").GetInt32().Should().Be(AgentInbox);
        inboxes[0].TryGetProperty("hmac_token", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Profile_ReturnsTheTokensUserWithSecretsAndAccounts()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.GetAsync("api/v1/profile");

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("id").GetInt32().Should().Be(AdminId);
        body.GetProperty("access_token").GetString().Should().Be(AdminToken);
        body.GetProperty("pubsub_token").GetString().Should().NotBeNullOrEmpty();
        body.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()).Should().Equal(1, 3);
        body.GetProperty("accounts")[0].GetProperty("role").GetString().Should().Be("administrator");
    }

    [Fact]
    public async Task Profile_WithoutToken_Returns401()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, _) = await sim.GetAsync("api/v1/profile", token: null);

        status.Should().Be(HttpStatusCode.Unauthorized);
    }
}
