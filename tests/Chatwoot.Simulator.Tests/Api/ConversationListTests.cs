using System.Net;
using System.Text.Json;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Api;

public sealed class ConversationListTests
{
    private const string List = "api/v1/accounts/1/conversations";

    private static SimConversation[] AssigneeMix() =>
    [
        Conversation(1, c => c.AssigneeId = AdminId),
        Conversation(2, c => c.AssigneeId = AdminId),
        Conversation(3, c => c.AssigneeId = OtherAgentId),
        Conversation(4),
    ];

    [Theory]
    [InlineData("assigned", new[] { 1, 2, 3 })]
    [InlineData("me", new[] { 1, 2 })]
    [InlineData("unassigned", new[] { 4 })]
    [InlineData("all", new[] { 1, 2, 3, 4 })]
    [InlineData("bogus", new[] { 1, 2, 3, 4 })]
    public async Task List_AssigneeType_FiltersRowsButCountsAreTakenBeforeIt(string assigneeType, int[] expected)
    {
        await using var sim = await Sim.StartAsync(AssigneeMix());

        var (status, body) = await sim.GetAsync($"{List}?assignee_type={assigneeType}");

        status.Should().Be(HttpStatusCode.OK);
        Sim.Ids(body).Should().Equal(expected);
        var meta = body.GetProperty("data").GetProperty("meta");
        meta.GetProperty("mine_count").GetInt32().Should().Be(2);
        meta.GetProperty("assigned_count").GetInt32().Should().Be(3);
        meta.GetProperty("unassigned_count").GetInt32().Should().Be(1);
        meta.GetProperty("all_count").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task List_NoStatus_DefaultsToOpen()
    {
        await using var sim = await Sim.StartAsync(Conversation(1), Conversation(2, c => c.Status = "resolved"), Conversation(3, c => c.Status = "pending"));

        var (_, body) = await sim.GetAsync(List);

        Sim.Ids(body).Should().Equal(1);
        body.GetProperty("data").GetProperty("meta").GetProperty("all_count").GetInt32().Should().Be(1);
    }

    [Theory]
    [InlineData("status=all", new[] { 1, 2, 3, 4 })]
    [InlineData("status=resolved", new[] { 2 })]
    [InlineData("status=snoozed", new[] { 4 })]
    [InlineData("status=closed", new int[0])]
    [InlineData("status=", new int[0])]
    public async Task List_Status_SelectsOrEmpties(string query, int[] expected)
    {
        await using var sim = await Sim.StartAsync(
            Conversation(1), Conversation(2, c => c.Status = "resolved"), Conversation(3, c => c.Status = "pending"), Conversation(4, c => c.Status = "snoozed"));

        var (status, body) = await sim.GetAsync($"{List}?{query}");

        status.Should().Be(HttpStatusCode.OK);
        Sim.Ids(body).Should().Equal(expected);
    }

    [Fact]
    public async Task List_Q_IgnoresStatusAndMatchesIncomingOutgoingAndPrivateNotesCaseInsensitively()
    {
        await using var sim = await Sim.StartAsync(
            Conversation(1, c => c.Messages[0].Content = "My REFUND please"),
            Conversation(2, c =>
            {
                c.Status = "resolved";
                c.Messages.Add(new SimMessage { Id = 1, Content = "refund issued", MessageType = 1, Private = true, CreatedAt = c.LastActivityAt });
            }),
            Conversation(3, c => c.Messages.Add(new SimMessage { Id = 2, Content = "refund activity", MessageType = 2, CreatedAt = c.LastActivityAt })),
            Conversation(4));

        var (_, body) = await sim.GetAsync($"{List}?q=refund&status=open");

        Sim.Ids(body).Should().Equal(1, 2);
    }

    [Fact]
    public async Task List_QEmpty_StillDisablesTheStatusFilter()
    {
        await using var sim = await Sim.StartAsync(Conversation(1), Conversation(2, c => c.Status = "resolved"));

        var (_, body) = await sim.GetAsync($"{List}?q=");

        Sim.Ids(body).Should().Equal(1, 2);
    }

    [Fact]
    public async Task List_Q_CountsArePageLocal()
    {
        var rows = Enumerable.Range(1, 30).Select(i => Conversation(i, c => c.Messages[0].Content = "invoice " + i)).ToArray();
        await using var sim = await Sim.StartAsync(rows);

        var (_, withQ) = await sim.GetAsync($"{List}?q=invoice&page=2");
        var (_, withoutQ) = await sim.GetAsync($"{List}?page=2");

        Sim.Ids(withQ).Should().HaveCount(5);
        withQ.GetProperty("data").GetProperty("meta").GetProperty("all_count").GetInt32().Should().Be(5);
        withoutQ.GetProperty("data").GetProperty("meta").GetProperty("all_count").GetInt32().Should().Be(30);
    }

    [Theory]
    [InlineData("labels[]=vip&labels[]=bug", new[] { 1, 3 })]
    [InlineData("labels[]=vip", new[] { 1 })]
    [InlineData("labels=vip,billing", new[] { 1, 2 })]
    [InlineData("labels=", new int[0])]
    public async Task List_Labels_MatchAny(string query, int[] expected)
    {
        await using var sim = await Sim.StartAsync(
            Conversation(1, c => c.Labels = ["vip", "billing"]), Conversation(2, c => c.Labels = ["billing"]), Conversation(3, c => c.Labels = ["bug"]), Conversation(4));

        var (_, body) = await sim.GetAsync($"{List}?{query}");

        Sim.Ids(body).Should().Equal(expected);
    }

    [Fact]
    public async Task List_Agent_SeesOnlyConversationsOfTheirInboxes()
    {
        await using var sim = await Sim.StartAsync(Conversation(1), Conversation(2, c => c.InboxId = AdminOnlyInbox));

        var (_, asAgent) = await sim.GetAsync(List, AgentToken);
        var (_, asAdmin) = await sim.GetAsync(List, AdminToken);

        Sim.Ids(asAgent).Should().Equal(1);
        asAgent.GetProperty("data").GetProperty("meta").GetProperty("all_count").GetInt32().Should().Be(1);
        Sim.Ids(asAdmin).Should().Equal(1, 2);
    }

    [Fact]
    public async Task List_InboxIdTheAgentCannotAccess_ReturnsEmptyNotAnError()
    {
        await using var sim = await Sim.StartAsync(Conversation(1), Conversation(2, c => c.InboxId = AdminOnlyInbox));

        var (status, body) = await sim.GetAsync($"{List}?inbox_id={AdminOnlyInbox}", AgentToken);
        var (_, asAdmin) = await sim.GetAsync($"{List}?inbox_id={AdminOnlyInbox}");

        status.Should().Be(HttpStatusCode.OK);
        Sim.Ids(body).Should().BeEmpty();
        Sim.Ids(asAdmin).Should().Equal(2);
    }

    [Theory]
    [InlineData("team_id=999")]
    [InlineData("team_id=")]
    [InlineData("team_id=abc")]
    public async Task List_UnknownOrEmptyTeam_Returns404(string query)
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.GetAsync($"{List}?{query}");

        status.Should().Be(HttpStatusCode.NotFound);
        body.GetProperty("error").GetString().Should().Be("Resource could not be found");
    }

    [Fact]
    public async Task List_KnownTeam_FiltersByTeam()
    {
        await using var sim = await Sim.StartAsync(Conversation(1, c => c.TeamId = SalesTeam), Conversation(2, c => c.TeamId = SupportTeam), Conversation(3));

        var (_, body) = await sim.GetAsync($"{List}?team_id={SalesTeam}");

        Sim.Ids(body).Should().Equal(1);
    }

    [Fact]
    public async Task List_Paging_Returns25PerPageNewestActivityFirst()
    {
        await using var sim = await Sim.StartAsync(Enumerable.Range(1, 52).Select(i => Conversation(i)).ToArray());

        var (_, page1) = await sim.GetAsync(List);
        var (_, page2) = await sim.GetAsync($"{List}?page=2");
        var (_, page3) = await sim.GetAsync($"{List}?page=3");
        var (_, page4) = await sim.GetAsync($"{List}?page=4");

        Sim.Ids(page1).Should().Equal(Enumerable.Range(1, 25));
        Sim.Ids(page2).Should().Equal(Enumerable.Range(26, 25));
        Sim.Ids(page3).Should().Equal(51, 52);
        Sim.Ids(page4).Should().BeEmpty();
        page3.GetProperty("data").GetProperty("meta").GetProperty("all_count").GetInt32().Should().Be(52);
    }

    [Theory]
    [InlineData("sort_by=last_activity_at_asc", new[] { 3, 2, 1 })]
    [InlineData("sort_by=created_at_desc", new[] { 1, 2, 3 })]
    [InlineData("sort_by=priority_desc", new[] { 2, 3, 1 })]
    [InlineData("sort_by=nonsense", new[] { 1, 2, 3 })]
    public async Task List_SortBy_OrdersRows(string query, int[] expected)
    {
        await using var sim = await Sim.StartAsync(Conversation(1), Conversation(2, c => c.Priority = "urgent"), Conversation(3, c => c.Priority = "low"));

        var (_, body) = await sim.GetAsync($"{List}?{query}");

        Sim.Ids(body).Should().Equal(expected);
    }

    [Fact]
    public async Task List_Payload_UsesTheDocumentedTimestampEncodingsAndOneNewestMessage()
    {
        await using var sim = await Sim.StartAsync(Conversation(1, c =>
        {
            c.Status = "snoozed";
            c.SnoozedUntil = new DateTimeOffset(2026, 12, 24, 8, 0, 0, TimeSpan.Zero);
            c.UpdatedAt = 1_790_000_000;
            c.UnreadCount = 42;
            c.Messages.Add(new SimMessage { Id = 77, Content = "Conversation was snoozed", MessageType = 2, CreatedAt = c.LastActivityAt + 5 });
        }));

        var (_, body) = await sim.GetAsync($"{List}?status=all");
        var conversation = body.GetProperty("data").GetProperty("payload")[0];

        conversation.GetProperty("snoozed_until").GetString().Should().Be("2026-12-24T08:00:00.000Z");
        conversation.GetProperty("updated_at").GetRawText().Should().Be("1790000000.0");
        conversation.GetProperty("created_at").ValueKind.Should().Be(JsonValueKind.Number);
        conversation.GetProperty("agent_last_seen_at").GetInt64().Should().Be(0);
        conversation.GetProperty("waiting_since").GetInt64().Should().Be(0);
        conversation.GetProperty("first_reply_created_at").GetInt64().Should().Be(0);
        conversation.GetProperty("unread_count").GetInt32().Should().Be(10);
        conversation.GetProperty("messages").GetArrayLength().Should().Be(1);
        conversation.GetProperty("messages")[0].GetProperty("id").GetInt32().Should().Be(77);
        conversation.GetProperty("messages")[0].GetProperty("updated_at").ValueKind.Should().Be(JsonValueKind.String);
        conversation.GetProperty("last_non_activity_message").GetProperty("content").GetString().Should().Be("hello");
        conversation.GetProperty("timestamp").GetInt64().Should().Be(conversation.GetProperty("last_activity_at").GetInt64());
    }

    [Fact]
    public async Task List_Meta_OmitsAssigneeAndTeamWhenUnsetAndHasNoTopLevelIds()
    {
        await using var sim = await Sim.StartAsync(Conversation(1), Conversation(2, c => { c.AssigneeId = AgentId; c.TeamId = SalesTeam; }));

        var (_, body) = await sim.GetAsync(List);
        var payload = body.GetProperty("data").GetProperty("payload");

        payload[0].GetProperty("meta").TryGetProperty("assignee", out _).Should().BeFalse();
        payload[0].GetProperty("meta").TryGetProperty("team", out _).Should().BeFalse();
        payload[0].TryGetProperty("assignee_id", out _).Should().BeFalse();
        payload[0].TryGetProperty("contact_id", out _).Should().BeFalse();
        var meta = payload[1].GetProperty("meta");
        meta.GetProperty("assignee").GetProperty("id").GetInt32().Should().Be(AgentId);
        meta.GetProperty("assignee").TryGetProperty("access_token", out _).Should().BeFalse();
        meta.GetProperty("assignee_type").GetString().Should().Be("User");
        meta.GetProperty("team").GetProperty("name").GetString().Should().Be("sales");
        meta.GetProperty("sender").GetProperty("id").GetInt32().Should().Be(Contact);
        meta.GetProperty("channel").GetString().Should().Be("Channel::WebWidget");
    }

    [Fact]
    public async Task List_BlockedContact_IsMutedAndSenderOmitsNullLastActivity()
    {
        await using var sim = await Sim.StartAsync(Conversation(1), Conversation(2, c => c.ContactId = BlockedContact));

        var (_, body) = await sim.GetAsync(List);
        var payload = body.GetProperty("data").GetProperty("payload");

        payload[0].GetProperty("muted").GetBoolean().Should().BeFalse();
        payload[0].GetProperty("meta").GetProperty("sender").TryGetProperty("last_activity_at", out _).Should().BeFalse();
        payload[1].GetProperty("muted").GetBoolean().Should().BeTrue();
        payload[1].GetProperty("meta").GetProperty("sender").GetProperty("last_activity_at").GetInt64().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task List_PageShift_RepeatsRowsOfThePreviousPage()
    {
        await using var sim = await Sim.StartAsync(Enumerable.Range(1, 30).Select(i => Conversation(i)).ToArray());
        sim.State.PageShift = 2;

        var (_, page1) = await sim.GetAsync(List);
        var (_, page2) = await sim.GetAsync($"{List}?page=2");

        Sim.Ids(page1).Should().Equal(Enumerable.Range(1, 25));
        Sim.Ids(page2).Should().Equal(24, 25, 26, 27, 28, 29, 30);
    }
}
