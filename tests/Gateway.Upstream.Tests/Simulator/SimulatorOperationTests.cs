using System.Text.Json;
using Chatwoot.Simulator;

namespace Gateway.Upstream.Tests.Simulator;

/// <summary>Every client operation against the simulator over loopback HTTP.</summary>
public sealed class SimulatorOperationTests : IAsyncLifetime
{
    private SimulatorHarness _sim = null!;

    public async Task InitializeAsync() => _sim = await SimulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task ListConversationsAsync_Default_ReturnsAFullPageOfOpenConversationsWithConsistentCounts()
    {
        var page = (await _sim.Chatwoot.ListConversationsAsync(SimulatorHarness.Admin, new ListConversationsRequest(), default)).Value;

        page.Conversations.Should().HaveCount(25);
        page.Conversations.Should().OnlyContain(c => c.Status == "open");
        page.Counts.AllCount.Should().Be(_sim.DemoAccount.Conversations.Count(c => c.Status == "open"));
        page.Counts.AssignedCount.Should().Be(page.Counts.AllCount - page.Counts.UnassignedCount);
        page.Conversations.Should().OnlyContain(c => c.Messages.Count <= 1);
        _sim.Received.Single().Query.Should().BeEmpty();
        _sim.Received.Single().TokenHash.Should().Be(RequestLog.HashToken(SimulatorData.DemoToken));
    }

    [Fact]
    public async Task ListConversationsAsync_Timestamps_MatchTheSimulatedData()
    {
        var page = (await _sim.Chatwoot.ListConversationsAsync(
            SimulatorHarness.Admin, new ListConversationsRequest { Status = ConversationStatusFilter.All }, default)).Value;

        foreach (var c in page.Conversations)
        {
            var data = _sim.DemoAccount.Conversations.Single(d => d.DisplayId == c.Id);
            c.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(data.CreatedAt));
            c.LastActivityAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(data.LastActivityAt));
            c.AgentLastSeenAt.Should().Be(data.AgentLastSeenAt is > 0 ? DateTimeOffset.FromUnixTimeSeconds(data.AgentLastSeenAt.Value) : null);
            c.FirstReplyCreatedAt.Should().Be(data.FirstReplyCreatedAt is > 0 ? DateTimeOffset.FromUnixTimeSeconds(data.FirstReplyCreatedAt.Value) : null);
            c.UpdatedAt!.Value.ToUnixTimeMilliseconds().Should().BeCloseTo((long)(data.UpdatedAt * 1000), 1);
            c.SnoozedUntil.Should().Be(data.SnoozedUntil);
            (c.Meta.Assignee?.Id).Should().Be(data.AssigneeId);
            (c.Meta.Team?.Id).Should().Be(data.TeamId);
            c.Meta.Sender!.Id.Should().Be(data.ContactId);
        }
    }

    [Fact]
    public async Task ListConversationsAsync_AssigneeFilter_KeepsTheCountsTakenBeforeIt()
    {
        var all = (await _sim.Chatwoot.ListConversationsAsync(
            SimulatorHarness.Admin, new ListConversationsRequest { Status = ConversationStatusFilter.All }, default)).Value;
        var unassigned = (await _sim.Chatwoot.ListConversationsAsync(
            SimulatorHarness.Admin,
            new ListConversationsRequest { Status = ConversationStatusFilter.All, AssigneeType = AssigneeTypeFilter.Unassigned },
            default)).Value;

        unassigned.Counts.Should().Be(all.Counts);
        unassigned.Conversations.Should().NotBeEmpty().And.OnlyContain(c => c.Meta.Assignee == null);
    }

    [Fact]
    public async Task ListConversationsAsync_LabelsAndPaging_AreApplied()
    {
        var label = _sim.DemoAccount.Labels[0].Title;

        var page1 = (await _sim.Chatwoot.ListConversationsAsync(
            SimulatorHarness.Admin, new ListConversationsRequest { Status = ConversationStatusFilter.All, Labels = [label] }, default)).Value;
        var page2 = (await _sim.Chatwoot.ListConversationsAsync(
            SimulatorHarness.Admin, new ListConversationsRequest { Status = ConversationStatusFilter.All, Labels = [label], Page = 2 }, default)).Value;

        page1.Conversations.Should().NotBeEmpty().And.OnlyContain(c => c.Labels.Contains(label));
        page2.Conversations.Select(c => c.Id).Should().NotIntersectWith(page1.Conversations.Select(c => c.Id));
    }

    [Fact]
    public async Task ListConversationsAsync_BlankParameters_AreNotSent()
    {
        await _sim.Chatwoot.ListConversationsAsync(
            SimulatorHarness.Admin, new ListConversationsRequest { Query = "", Labels = ["", "  "], SourceId = " " }, default);

        _sim.Received.Single().Query.Should().BeEmpty();
    }

    [Fact]
    public async Task ListConversationsAsync_AgentToken_SeesOnlyItsInboxes()
    {
        var page = (await _sim.Chatwoot.ListConversationsAsync(
            SimulatorHarness.Agent, new ListConversationsRequest { Status = ConversationStatusFilter.All }, default)).Value;

        var inboxes = _sim.DemoAccount.Inboxes.Where(i => i.MemberIds.Contains(SimulatorData.DemoAgentUserId)).Select(i => i.Id).ToHashSet();
        page.Conversations.Should().NotBeEmpty().And.OnlyContain(c => inboxes.Contains(c.InboxId));
    }

    [Fact]
    public async Task ListConversationsAsync_UnknownTeam_IsNotFound()
    {
        var error = (await _sim.Chatwoot.ListConversationsAsync(
            SimulatorHarness.Admin, new ListConversationsRequest { TeamId = 99999 }, default)).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.NotFound);
        error.Message.Should().Be("Resource could not be found");
    }

    [Fact]
    public async Task FilterConversationsAsync_Conditions_SelectMatchingConversationsInTheRealShape()
    {
        var request = new FilterConversationsRequest
        {
            Payload =
            [
                new FilterCondition("status", "equal_to", ["open", "pending"], FilterQueryOperator.And),
                new FilterCondition("priority", "equal_to", ["high", "urgent"]),
            ],
        };

        var page = (await _sim.Chatwoot.FilterConversationsAsync(SimulatorHarness.Admin, request, default)).Value;

        var expected = _sim.DemoAccount.Conversations.Count(c => c.Status is "open" or "pending" && c.Priority is "high" or "urgent");
        page.Counts.AllCount.Should().Be(expected);
        page.Counts.AssignedCount.Should().Be(page.Counts.AllCount - page.Counts.UnassignedCount);
        page.Conversations.Should().NotBeEmpty().And.OnlyContain(c => (c.Status == "open" || c.Status == "pending")
            && (c.Priority == "high" || c.Priority == "urgent"));
        _sim.Received.Single().Body.Should().Contain("\"query_operator\":\"AND\"");
    }

    [Fact]
    public async Task FilterConversationsAsync_SeedWrappedShape_ReadsTheSamePage()
    {
        var request = new FilterConversationsRequest { Payload = [new FilterCondition("status", "equal_to", ["resolved"])], Page = 2 };

        var real = (await _sim.Chatwoot.FilterConversationsAsync(SimulatorHarness.Admin, request, default)).Value;
        _sim.Server.State.FilterResponseShape = FilterResponseShape.SeedWrapped;
        var wrapped = (await _sim.Chatwoot.FilterConversationsAsync(SimulatorHarness.Admin, request, default)).Value;

        wrapped.Counts.Should().Be(real.Counts);
        wrapped.Conversations.Select(c => c.Id).Should().Equal(real.Conversations.Select(c => c.Id));
        real.Conversations.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("nope", "equal_to", "Invalid attribute key - [nope].")]
    [InlineData("status", "contains", "Invalid operator. The allowed operators for status are [equal_to,not_equal_to].")]
    public async Task FilterConversationsAsync_Rejected_IsInvalidFilterWithChatwootsMessage(string key, string op, string messageStart)
    {
        var request = new FilterConversationsRequest { Payload = [new FilterCondition(key, op, ["x"])] };

        var error = (await _sim.Chatwoot.FilterConversationsAsync(SimulatorHarness.Admin, request, default)).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.InvalidFilter);
        error.StatusCode.Should().Be(422);
        error.Message.Should().StartWith(messageStart);
    }

    [Fact]
    public async Task GetContactAsync_KnownAndUnknownIds_ReturnTheContactOrNotFound()
    {
        var known = _sim.DemoAccount.Contacts[0];

        var contact = (await _sim.Chatwoot.GetContactAsync(SimulatorHarness.Admin, known.Id, default)).Value;
        var missing = (await _sim.Chatwoot.GetContactAsync(SimulatorHarness.Admin, 999_999, default)).Error!;

        contact.Id.Should().Be(known.Id);
        contact.Name.Should().Be(known.Name);
        contact.Email.Should().Be(known.Email);
        missing.Kind.Should().Be(UpstreamErrorKind.NotFound);
    }

    [Fact]
    public async Task ListAgentsAndTeamsAsync_ReturnTheAccountsUsersAndTeams()
    {
        var agents = (await _sim.Chatwoot.ListAgentsAsync(SimulatorHarness.Admin, default)).Value;
        var teams = (await _sim.Chatwoot.ListTeamsAsync(SimulatorHarness.Admin, default)).Value;

        agents.Select(a => a.Role).Should().Contain(["administrator", "agent"]);
        agents.Select(a => a.Id).Should().Contain([SimulatorData.DemoAdminUserId, SimulatorData.DemoAgentUserId]);
        teams.Select(t => t.Id).Should().BeEquivalentTo(_sim.DemoAccount.Teams.Select(t => t.Id));
    }

    [Fact]
    public async Task ListInboxesAsync_SimulatorSendsSecrets_ClientDropsThemOnRead()
    {
        using var raw = new HttpClient { BaseAddress = _sim.Server.BaseAddress };
        raw.DefaultRequestHeaders.Add("api_access_token", SimulatorData.DemoToken);
        var wire = await raw.GetStringAsync(new Uri("api/v1/accounts/1/inboxes", UriKind.Relative));

        var inboxes = (await _sim.Chatwoot.ListInboxesAsync(SimulatorHarness.Admin, default)).Value;

        var secrets = _sim.DemoAccount.Inboxes
            .SelectMany(i => new[] { i.HmacToken, i.WebsiteToken, i.Secret, i.ImapPassword, i.SmtpPassword })
            .OfType<string>().Where(s => s.Length > 0).ToList();
        secrets.Should().NotBeEmpty();
        wire.Should().Contain(secrets[0], "the simulator sends secrets to administrators like Chatwoot");
        var read = JsonSerializer.Serialize(inboxes);
        secrets.Should().OnlyContain(s => !read.Contains(s, StringComparison.Ordinal));
        inboxes.Select(i => i.Id).Should().BeEquivalentTo(_sim.DemoAccount.Inboxes.Select(i => i.Id));
    }

    [Fact]
    public async Task GetProfileAsync_DemoToken_ReturnsTheAdminAndItsAccounts()
    {
        var profile = (await _sim.Chatwoot.GetProfileAsync(SimulatorData.DemoToken, default)).Value;

        profile.Id.Should().Be(SimulatorData.DemoAdminUserId);
        profile.Accounts.Should().Contain(a => a.Id == SimulatorData.DemoAccountId && a.Role == "administrator");
    }

    [Theory]
    [InlineData("not-a-token", 1, UpstreamErrorKind.Unauthorized, "Invalid Access Token")]
    [InlineData(SimulatorData.DemoBotToken, 1, UpstreamErrorKind.Unauthorized, "Access to this endpoint is not authorized for bots")]
    [InlineData(SimulatorData.DemoOtherAccountToken, 1, UpstreamErrorKind.Unauthorized, "You are not authorized to access this account")]
    [InlineData(SimulatorData.DemoToken, 424242, UpstreamErrorKind.NotFound, "Resource could not be found")]
    [InlineData(SimulatorData.DemoToken, SimulatorData.SuspendedAccountId, UpstreamErrorKind.Unauthorized, "Account is suspended")]
    public async Task ListConversationsAsync_AuthFailures_MapToTheirKinds(string token, int account, UpstreamErrorKind kind, string message)
    {
        var error = (await _sim.Chatwoot.ListConversationsAsync(new ChatwootCallContext(account, token), new ListConversationsRequest(), default)).Error!;

        error.Kind.Should().Be(kind);
        error.Message.Should().Be(message);
    }
}
