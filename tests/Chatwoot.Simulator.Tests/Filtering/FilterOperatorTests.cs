using System.Net;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.Sim;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Filtering;

public sealed class FilterOperatorTests
{
    private static SimConversation[] Mixed() =>
    [
        Conversation(1, c =>
        {
            c.Status = "open";
            c.Priority = "high";
            c.AssigneeId = AdminId;
            c.TeamId = SalesTeam;
            c.Labels = ["vip", "billing"];
            c.CampaignId = 5;
            c.AdditionalAttributes["browser_language"] = JsonOf("en");
            c.AdditionalAttributes["referer"] = JsonOf("https://shop.example.com/Pricing");
            c.AdditionalAttributes["mail_subject"] = JsonOf("Refund request");
        }),
        Conversation(2, c =>
        {
            c.Status = "resolved";
            c.Priority = "low";
            c.AssigneeId = AgentId;
            c.Labels = ["bug"];
            c.AdditionalAttributes["browser_language"] = JsonOf("fr");
            c.AdditionalAttributes["referer"] = JsonOf("https://shop.example.com/docs");
        }),
        Conversation(3, c =>
        {
            c.Status = "pending";
            c.InboxId = AdminOnlyInbox;
            c.ContactId = BlockedContact;
            c.CreatedAt = Now.AddDays(-40).ToUnixTimeSeconds();
        }),
        Conversation(4, c => c.Status = "snoozed"),
    ];

    [Theory]
    [InlineData("status", "equal_to", new[] { "open", "pending" }, new[] { 1, 3 })]
    [InlineData("status", "equal_to", new[] { "all" }, new[] { 1, 2, 3, 4 })]
    [InlineData("status", "not_equal_to", new[] { "open" }, new[] { 2, 3, 4 })]
    [InlineData("status", "not_equal_to", new[] { "open", "bogus" }, new int[0])]
    [InlineData("status", "equal_to", new[] { "bogus" }, new int[0])]
    [InlineData("priority", "equal_to", new[] { "high", "low" }, new[] { 1, 2 })]
    [InlineData("priority", "not_equal_to", new[] { "high" }, new[] { 2 })]
    [InlineData("assignee_id", "equal_to", new[] { "1" }, new[] { 1 })]
    [InlineData("assignee_id", "not_equal_to", new[] { "1" }, new[] { 2 })]
    [InlineData("team_id", "equal_to", new[] { "20" }, new[] { 1 })]
    [InlineData("inbox_id", "equal_to", new[] { "11" }, new[] { 3 })]
    [InlineData("contact_id", "equal_to", new[] { "101" }, new[] { 3 })]
    [InlineData("campaign_id", "not_equal_to", new[] { "7" }, new[] { 1 })]
    [InlineData("display_id", "equal_to", new[] { "2", "4" }, new[] { 2, 4 })]
    [InlineData("display_id", "not_equal_to", new[] { "2" }, new[] { 1, 3, 4 })]
    [InlineData("display_id", "contains", new[] { "3" }, new[] { 3 })]
    [InlineData("display_id", "does_not_contain", new[] { "3", "1" }, new[] { 2, 4 })]
    [InlineData("labels", "equal_to", new[] { "vip", "bug" }, new[] { 1, 2 })]
    [InlineData("labels", "not_equal_to", new[] { "vip", "bug" }, new[] { 3, 4 })]
    [InlineData("labels", "equal_to", new[] { "VIP" }, new int[0])]
    [InlineData("browser_language", "equal_to", new[] { "en" }, new[] { 1 })]
    [InlineData("browser_language", "not_equal_to", new[] { "en" }, new[] { 2 })]
    [InlineData("referer", "contains", new[] { "pricing" }, new[] { 1 })]
    [InlineData("referer", "contains", new[] { "PRICING", "docs" }, new[] { 1, 2 })]
    [InlineData("referer", "does_not_contain", new[] { "pricing" }, new[] { 2 })]
    [InlineData("referer", "contains", new[] { "shop_example" }, new[] { 1, 2 })]
    [InlineData("mail_subject", "contains", new[] { " refund " }, new[] { 1 })]
    [InlineData("created_at", "is_less_than", new[] { "2026-11-01" }, new[] { 3 })]
    [InlineData("created_at", "is_greater_than", new[] { "2026-11-27" }, new[] { 1, 2 })]
    [InlineData("created_at", "days_before", new[] { "30" }, new[] { 3 })]
    [InlineData("last_activity_at", "is_greater_than", new[] { "2026-11-29" }, new[] { 1, 2, 3, 4 })]
    public async Task Filter_StandardOperator_SelectsTheExpectedRows(string key, string op, string[] values, int[] expected)
    {
        await using var sim = await Sim.StartAsync(Mixed());

        var (status, body) = await sim.FilterAsync(Cond(key, op, Values([.. values.Select(v => (System.Text.Json.Nodes.JsonNode?)v)])));

        status.Should().Be(HttpStatusCode.OK);
        Ids(body).Should().Equal(expected);
    }

    [Theory]
    [InlineData("assignee_id", "is_present", new[] { 1, 2 })]
    [InlineData("assignee_id", "is_not_present", new[] { 3, 4 })]
    [InlineData("team_id", "is_present", new[] { 1 })]
    [InlineData("campaign_id", "is_not_present", new[] { 2, 3, 4 })]
    [InlineData("labels", "is_present", new[] { 1, 2 })]
    [InlineData("labels", "is_not_present", new[] { 3, 4 })]
    public async Task Filter_PresenceOperator_NeedsNoValues(string key, string op, int[] expected)
    {
        await using var sim = await Sim.StartAsync(Mixed());

        var (status, body) = await sim.FilterAsync(Cond(key, op, Values()));

        status.Should().Be(HttpStatusCode.OK);
        Ids(body).Should().Equal(expected);
    }

    [Fact]
    public async Task Filter_EmptyPayload_MatchesEverythingVisibleWithoutDefaultStatus()
    {
        await using var sim = await Sim.StartAsync(Mixed());

        var (_, asAdmin) = await sim.FilterRawAsync("""{"payload":[]}""");
        var (_, asAgent) = await sim.FilterRawAsync("""{"payload":[]}""", token: AgentToken);

        Ids(asAdmin).Should().Equal(1, 2, 3, 4);
        Ids(asAgent).Should().Equal(1, 2, 4);
    }

    [Fact]
    public async Task Filter_RealShape_HasThreeCountsOverTheWholeSetAndNoDataWrapper()
    {
        await using var sim = await Sim.StartAsync(Enumerable.Range(1, 30).Select(i => Conversation(i, c => c.AssigneeId = i <= 4 ? AdminId : null)).ToArray());

        var (_, body) = await sim.FilterRawAsync("""{"payload":[]}""", "?page=2");

        body.TryGetProperty("data", out _).Should().BeFalse();
        Ids(body).Should().Equal(Enumerable.Range(26, 5));
        var meta = body.GetProperty("meta");
        meta.GetProperty("mine_count").GetInt32().Should().Be(4);
        meta.GetProperty("unassigned_count").GetInt32().Should().Be(26);
        meta.GetProperty("all_count").GetInt32().Should().Be(30);
        meta.TryGetProperty("assigned_count", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Filter_SeedShape_WrapsInDataWithFourCounts()
    {
        await using var sim = await Sim.StartAsync(Mixed());
        sim.State.FilterResponseShape = FilterResponseShape.SeedWrapped;

        var (_, body) = await sim.FilterRawAsync("""{"payload":[]}""");

        var meta = body.GetProperty("data").GetProperty("meta");
        meta.GetProperty("assigned_count").GetInt32().Should().Be(2);
        meta.GetProperty("unassigned_count").GetInt32().Should().Be(2);
        meta.GetProperty("mine_count").GetInt32().Should().Be(1);
        meta.GetProperty("all_count").GetInt32().Should().Be(4);
        Ids(body).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public async Task Filter_ShapeOption_StartsInTheSeedShape()
    {
        await using var sim = await Sim.StartAsync(TestData.Create(Mixed()), o => o.FilterResponseShape = FilterResponseShape.SeedWrapped);

        var (_, body) = await sim.FilterRawAsync("""{"payload":[]}""");

        body.GetProperty("data").GetProperty("payload").GetArrayLength().Should().Be(4);
    }
}
