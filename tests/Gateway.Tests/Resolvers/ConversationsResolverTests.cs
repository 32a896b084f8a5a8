using System.Text.Json;
using Gateway.Tests.Hosting;

namespace Gateway.Tests.Resolvers;

/// <summary>How the arguments of <c>conversations</c> reach Chatwoot: the list call without a filter, the filter call with one.</summary>
public sealed class ConversationsResolverTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Conversations_NoArguments_MakesOneListCallWithoutEmptyParameters()
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync("{ conversations { page pageSize hasNextPage counts { mine unassigned assigned all } nodes { id status } } }");

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        gateway.UpstreamCalls().Should().Equal("GET /api/v1/accounts/1/conversations?page=1");
        var page = result.GetProperty("data").GetProperty("conversations");
        page.GetProperty("pageSize").GetInt32().Should().Be(25);
        page.GetProperty("nodes").GetArrayLength().Should().Be(25);
        page.GetProperty("nodes").EnumerateArray().Should().OnlyContain(n => n.GetProperty("status").GetString() == "OPEN");
        var counts = page.GetProperty("counts");
        counts.GetProperty("assigned").GetInt32().Should().Be(counts.GetProperty("all").GetInt32() - counts.GetProperty("unassigned").GetInt32());
        page.GetProperty("hasNextPage").GetBoolean().Should().Be(counts.GetProperty("all").GetInt32() > 25);
    }

    [Fact]
    public async Task Conversations_EveryListArgument_IsTranslatedToChatwootParameters()
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync("""
            { conversations(accountId: 1, assignee: UNASSIGNED, status: RESOLVED, inboxId: 2, teamId: 1, labels: ["billing", "vip"],
                            search: "invoice", sortBy: CREATED_AT_ASC, page: 2) { page nodes { id } } }
            """);

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        gateway.UpstreamCalls().Should().ContainSingle().Which.Should().StartWith("GET /api/v1/accounts/1/conversations?")
            .And.Contain("assignee_type=unassigned").And.Contain("status=resolved").And.Contain("q=invoice")
            .And.Contain("inbox_id=2").And.Contain("team_id=1").And.Contain("labels[]=billing").And.Contain("labels[]=vip")
            .And.Contain("sort_by=created_at_asc").And.Contain("page=2");
        result.GetProperty("data").GetProperty("conversations").GetProperty("page").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Conversations_EmptySearch_IsNotSentUpstream()
    {
        gateway.ResetSimulator();

        await gateway.QueryAsync("""{ conversations(search: "") { page } }""");

        gateway.UpstreamCalls().Should().Equal("GET /api/v1/accounts/1/conversations?page=1");
    }

    [Fact]
    public async Task Conversations_WithFilter_PostsTheCompiledFlatListWithStatusAndAssigneeAnded()
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync("""
            { conversations(status: OPEN, assignee: UNASSIGNED,
                            filter: { or: [ { priority: { eq: HIGH } }, { labels: { in: ["vip"] } } ] }) { nodes { id status priority } } }
            """);

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        gateway.UpstreamCalls().Should().Equal("POST /api/v1/accounts/1/conversations/filter?page=1");
        var payload = JsonDocument.Parse(gateway.LastFilterBody()!).RootElement.GetProperty("payload");
        payload.EnumerateArray().Select(c => $"{c.GetProperty("attribute_key").GetString()} {c.GetProperty("filter_operator").GetString()} {c.GetProperty("query_operator")}")
            .Should().Equal(
                "priority equal_to AND", "status equal_to AND", "assignee_id is_not_present OR",
                "labels equal_to AND", "status equal_to AND", "assignee_id is_not_present ");
        result.GetProperty("data").GetProperty("conversations").GetProperty("nodes").EnumerateArray()
            .Should().OnlyContain(n => n.GetProperty("status").GetString() == "OPEN");
    }

    [Fact]
    public async Task Conversations_AssigneeMeWithFilter_UsesTheCallersProfileId()
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync("{ conversations(assignee: ME, filter: { status: { eq: OPEN } }) { nodes { assignee { id } } } }");

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        gateway.UpstreamCalls().Should().Equal("GET /api/v1/profile", "POST /api/v1/accounts/1/conversations/filter?page=1");
        gateway.LastFilterBody().Should().Contain("\"attribute_key\":\"assignee_id\",\"filter_operator\":\"equal_to\",\"values\":[1]");
        result.GetProperty("data").GetProperty("conversations").GetProperty("nodes").EnumerateArray()
            .Should().OnlyContain(n => n.GetProperty("assignee").GetProperty("id").GetInt32() == 1);
    }

    [Theory]
    [InlineData("""{ conversations(filter: { createdAt: { gt: "last week" } }) { page } }""", "`filter.createdAt.gt` must be an ISO date")]
    [InlineData("""{ conversations(filter: { lastActivityAt: { olderThanDays: -3 } }) { page } }""", "must be zero or more")]
    [InlineData("""{ conversations(filter: { status: { eq: OPEN } }, search: "x") { page } }""", "`search` cannot be combined with `filter`")]
    [InlineData("""{ conversations(page: 0) { page } }""", "`page` must be 1 or more")]
    [InlineData("""{ conversations(labels: []) { page } }""", "`labels` must not be empty")]
    public async Task Conversations_InputChatwootCannotTake_FailsWithBadUserInputBeforeAnyUpstreamCall(string query, string message)
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync(query);

        var error = result.GetProperty("errors")[0];
        error.GetProperty("message").GetString().Should().Contain(message);
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT");
        error.GetProperty("path")[0].GetString().Should().Be("conversations");
        gateway.UpstreamCalls().Should().BeEmpty();
    }

    [Fact]
    public async Task Conversations_FullSelection_ExposesNoSecretAndMapsTimestampsAndEnums()
    {
        gateway.ResetSimulator();

        var result = await gateway.QueryAsync("""
            { conversations(status: ALL) { nodes { id uuid status priority createdAt lastActivityAt waitingSince snoozedUntil
                firstReplyCreatedAt agentLastSeenAt unreadCount muted canReply channel hmacVerified customAttributes additionalAttributes
                sender { id name email phoneNumber identifier blocked customAttributes additionalAttributes createdAt lastActivityAt }
                assignee { id name availableName email role availabilityStatus autoOffline confirmed thumbnail }
                inbox { id name channelType avatarUrl enableAutoAssignment greetingEnabled }
                team { id name description allowAutoAssign }
                messages { id content messageType contentType private createdAt updatedAt sender { __typename ... on Agent { email role } ... on Contact { email } ... on AgentBot { name } } }
                lastNonActivityMessage { id content } } } }
            """);

        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        var names = new List<string>();
        CollectPropertyNames(result, names);
        string[] secrets = ["access_token", "accessToken", "pubsub_token", "pubsubToken", "hmac_identifier", "hmacIdentifier",
            "hmac_token", "hmacToken", "secret", "password", "provider_config", "providerConfig"];
        names.Should().NotContain(n => secrets.Contains(n, StringComparer.OrdinalIgnoreCase));

        var nodes = result.GetProperty("data").GetProperty("conversations").GetProperty("nodes").EnumerateArray().ToList();
        nodes.Should().NotBeEmpty();
        nodes.Select(n => DateTimeOffset.TryParse(n.GetProperty("createdAt").GetString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed.Year > 2000).Should().OnlyContain(ok => ok);
        nodes.Select(n => n.GetProperty("status").GetString()).Should().OnlyContain(s => s == "OPEN" || s == "RESOLVED" || s == "PENDING" || s == "SNOOZED");
    }

    private static void CollectPropertyNames(JsonElement element, List<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                names.Add(property.Name);
                CollectPropertyNames(property.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectPropertyNames(item, names);
            }
        }
    }
}
