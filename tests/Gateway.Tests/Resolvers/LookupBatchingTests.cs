using Gateway.Tests.Hosting;

namespace Gateway.Tests.Resolvers;

/// <summary>A page costs a fixed number of upstream calls, proven by reading the simulator's request log.</summary>
public sealed class LookupBatchingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string List = "GET /api/v1/accounts/1/conversations?page=1";

    [Fact]
    public async Task Conversations_OnlyEmbeddedFields_MakesExactlyOneUpstreamCall()
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync("{ conversations { nodes { id sender { name email } assignee { name } team { name } } } }");

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        gateway.UpstreamCalls().Should().Equal(List);
    }

    [Fact]
    public async Task Conversations_WithInboxAndTeam_AddsOneInboxListCallForTheWholePage()
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync("{ conversations { nodes { id sender { name email } assignee { name } inbox { name } team { name } } } }");

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        gateway.UpstreamCalls().Should().BeEquivalentTo(List, "GET /api/v1/accounts/1/inboxes");
        result.GetProperty("data").GetProperty("conversations").GetProperty("nodes").EnumerateArray()
            .Should().OnlyContain(n => n.GetProperty("inbox").GetProperty("name").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Conversations_WithInbox_FetchesInboxListWhileThePageIsInFlight()
    {
        gateway.ResetSimulator();
        // Held for a second, the inbox list is still in flight when the page request arrives only if the gateway
        // started it alongside the page rather than after the page came back.
        gateway.Simulator.State.Faults.Add(new Chatwoot.Simulator.FaultRule { Endpoint = "inboxes.list", LatencyMs = 1000 });

        var result = await gateway.QueryAsync("{ conversations { nodes { id inbox { name } } } }");

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        gateway.UpstreamCalls().Should().BeEquivalentTo(List, "GET /api/v1/accounts/1/inboxes");
        gateway.Simulator.State.RequestLog.MaxInFlight.Should().Be(2);
    }

    [Fact]
    public async Task Conversations_InboxSkipped_MakesNoInboxListCall()
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync(
            "query Q($withInbox: Boolean!) { conversations { nodes { id inbox @include(if: $withInbox) { name } } } }",
            new { withInbox = false });

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        gateway.UpstreamCalls().Should().Equal(List);
    }

    [Fact]
    public async Task Conversations_ContactFieldNotEmbedded_AddsOneCallPerDistinctContact()
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync("{ conversations { nodes { sender { id contactInboxes { sourceId inbox { name } } } } } }");

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        var contactIds = result.GetProperty("data").GetProperty("conversations").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("sender").GetProperty("id").GetInt32()).Distinct().ToList();
        var calls = gateway.UpstreamCalls();
        calls[0].Should().Be(List);
        calls.Skip(1).Should().BeEquivalentTo(contactIds.Select(id => $"GET /api/v1/accounts/1/contacts/{id}"));
    }

    [Fact]
    public async Task Conversations_TwoAliasedFields_ShareTheRequestsLookups()
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync("""
            { open: conversations(status: OPEN) { nodes { inbox { name } messages { sender { ... on Agent { email } } } } }
              resolved: conversations(status: RESOLVED) { nodes { inbox { name } messages { sender { ... on Agent { email } } } } } }
            """);

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        var calls = gateway.UpstreamCalls();
        calls.Should().HaveCount(c => c <= 4);
        calls.Where(c => c.EndsWith("/inboxes", StringComparison.Ordinal)).Should().ContainSingle();
        calls.Where(c => c.EndsWith("/agents", StringComparison.Ordinal)).Should().HaveCountLessThanOrEqualTo(1);
        calls.Where(c => c.Contains("/conversations?", StringComparison.Ordinal)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Conversations_FailedInboxLookup_NullsOnlyTheInboxFields()
    {
        gateway.ResetSimulator();
        gateway.Simulator.State.Faults.Add(new Chatwoot.Simulator.FaultRule { Endpoint = "inboxes.list", ErrorStatus = 500, ErrorRate = 1.0 });

        var result = await gateway.QueryAsync("{ conversations { nodes { id inbox { name } } } }");

        var nodes = result.GetProperty("data").GetProperty("conversations").GetProperty("nodes").EnumerateArray().ToList();
        nodes.Should().NotBeEmpty().And.OnlyContain(n => n.GetProperty("id").GetInt32() > 0 && n.GetProperty("inbox").ValueKind == System.Text.Json.JsonValueKind.Null);
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        errors.Should().HaveCount(nodes.Count);
        errors.Should().OnlyContain(e => e.GetProperty("extensions").GetProperty("code").GetString() == "UPSTREAM_UNAVAILABLE");
        errors.Select(e => string.Join("/", e.GetProperty("path").EnumerateArray().Select(p => p.ToString())))
            .Should().BeEquivalentTo(Enumerable.Range(0, nodes.Count).Select(i => $"conversations/nodes/{i}/inbox"));
    }
}
