using System.Text.Json;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests.Serialization;

public sealed class ConversationPageEnvelopeTests
{
    private static ConversationPage? Read(string json) =>
        JsonSerializer.Deserialize(json, ChatwootJsonContext.Default.ConversationPageEnvelope)!.ToPage();

    [Fact]
    public void ToPage_WrappedShapeWithFourCounts_ReadsCountsAndPayload()
    {
        var page = Read(ChatwootJson.WrappedPage(2, 3, 1, 4, ChatwootJson.Conversation(11), ChatwootJson.Conversation(12)));

        page.Should().NotBeNull();
        page!.Counts.Should().Be(new ConversationCounts(2, 3, 1, 4));
        page.Conversations.Select(c => c.Id).Should().Equal(11, 12);
    }

    [Fact]
    public void ToPage_UnwrappedShapeWithThreeCounts_DerivesAssignedAsAllMinusUnassigned()
    {
        var page = Read(ChatwootJson.UnwrappedPage(2, 1, 4, ChatwootJson.Conversation(11)));

        page!.Counts.Should().Be(new ConversationCounts(MineCount: 2, AssignedCount: 3, UnassignedCount: 1, AllCount: 4));
        page.Conversations.Should().ContainSingle().Which.Id.Should().Be(11);
    }

    [Fact]
    public void ToPage_EmptyPayload_IsAnEmptyPage()
    {
        Read(ChatwootJson.UnwrappedPage(0, 0, 0))!.Conversations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "data": {} }""")]
    [InlineData("""{ "payload": [] }""")]
    [InlineData("""{ "meta": { "all_count": 1 } }""")]
    public void ToPage_NeitherShape_IsNull(string json)
    {
        Read(json).Should().BeNull();
    }

    [Fact]
    public void Read_RealServerConversation_ReadsEveryTimestampEncoding()
    {
        var c = Read(ChatwootJson.WrappedPage(0, 0, 0, 0, ChatwootJson.Conversation(5, snoozedUntil: "\"2026-01-02T09:00:00.000Z\"")))!
            .Conversations.Single();

        var jan1 = DateTimeOffset.FromUnixTimeSeconds(ChatwootJson.Jan1);
        c.CreatedAt.Should().Be(jan1);
        c.LastActivityAt.Should().Be(jan1.AddSeconds(60));
        c.Timestamp.Should().Be(jan1.AddSeconds(60));
        c.AgentLastSeenAt.Should().BeNull("0 means unset");
        c.AssigneeLastSeenAt.Should().BeNull();
        c.FirstReplyCreatedAt.Should().BeNull();
        c.ContactLastSeenAt.Should().Be(jan1.AddSeconds(30));
        c.WaitingSince.Should().Be(jan1);
        c.UpdatedAt.Should().Be(jan1.AddSeconds(60).AddMilliseconds(123), "float seconds keep millisecond precision");
        c.SnoozedUntil.Should().Be(new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero));
        c.Messages.Single().UpdatedAt.Should().Be(jan1.AddSeconds(60), "message updated_at is an ISO string");
        c.Messages.Single().CreatedAt.Should().Be(jan1.AddSeconds(60));
    }

    [Fact]
    public void Read_RealServerConversation_ReadsFieldsAndMeta()
    {
        var c = Read(ChatwootJson.WrappedPage(0, 0, 0, 0, ChatwootJson.Conversation(5, ChatwootJson.AssigneeWithSecrets, ChatwootJson.TeamFragment)))!
            .Conversations.Single();

        c.Uuid.Should().Be("uuid-5");
        c.Status.Should().Be("open");
        c.Priority.Should().Be("high");
        c.Labels.Should().Equal("billing", "vip");
        c.UnreadCount.Should().Be(3);
        c.CustomAttributes!.Value.GetProperty("plan").GetString().Should().Be("pro");
        c.Messages.Should().ContainSingle().Which.Sender!.Type.Should().Be("contact");
        c.Meta.Sender!.Email.Should().Be("jane@example.com");
        c.Meta.Sender.LastActivityAt.Should().BeNull("omitted when null");
        c.Meta.Channel.Should().Be("Channel::WebWidget");
        c.Meta.HmacVerified.Should().BeNull();
        c.Meta.AssigneeType.Should().Be("User");
        c.Meta.Assignee!.Id.Should().Be(3);
        c.Meta.Assignee.Role.Should().Be("agent");
        c.Meta.Team!.Name.Should().Be("support");
    }

    [Fact]
    public void Read_AssigneeAbsentOrNull_IsNull()
    {
        var absent = Read(ChatwootJson.WrappedPage(0, 0, 0, 0, ChatwootJson.Conversation(1)))!.Conversations.Single();
        var explicitNull = Read(ChatwootJson.WrappedPage(0, 0, 0, 0, ChatwootJson.Conversation(1, ChatwootJson.NullAssignee)))!.Conversations.Single();

        absent.Meta.Assignee.Should().BeNull();
        explicitNull.Meta.Assignee.Should().BeNull();
        absent.Meta.Team.Should().BeNull();
    }

    [Fact]
    public void Read_SeedDocumentShape_IsReadAndItsSecretsAreDropped()
    {
        var page = Read(ChatwootJson.WrappedPage(1, 1, 0, 1, ChatwootJson.SeedConversation(42)))!;
        var c = page.Conversations.Single();

        c.Id.Should().Be(42);
        c.SnoozedUntil.Should().Be(DateTimeOffset.FromUnixTimeSeconds(ChatwootJson.Jan1 + 3600), "the seed sends a number");
        c.Timestamp.Should().Be(DateTimeOffset.FromUnixTimeSeconds(ChatwootJson.Jan1), "the seed types timestamp as a string");
        c.Messages.Single().UpdatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(ChatwootJson.Jan1), "the seed sends an int");
        c.Messages.Single().SenderType.Should().Be("contact");
        c.SlaPolicyId.Should().Be(4);
        c.Meta.Assignee!.DisplayName.Should().Be("A");
        JsonSerializer.Serialize(page).Should().NotContain("SEED-", "access_token, pubsub_token and hmac_identifier have no member");
    }

    [Fact]
    public void Read_AssigneeSecrets_HaveNoMemberToLandIn()
    {
        var page = Read(ChatwootJson.WrappedPage(0, 0, 0, 0, ChatwootJson.Conversation(1, ChatwootJson.AssigneeWithSecrets)))!;

        JsonSerializer.Serialize(page).Should().NotContain("LEAKED");
    }

    [Theory]
    [InlineData("")]
    [InlineData(",\"meta\":null")]
    public void Read_ConversationWithoutMeta_HasAnEmptyMeta(string meta)
    {
        var c = Read($$"""{"meta":{"mine_count":0,"unassigned_count":0,"all_count":1},"payload":[{"id":4{{meta}}}]}""")!
            .Conversations.Single();

        c.Meta.Should().NotBeNull();
        c.Meta.Sender.Should().BeNull();
        c.Meta.Assignee.Should().BeNull();
        c.Meta.Team.Should().BeNull();
    }
}
