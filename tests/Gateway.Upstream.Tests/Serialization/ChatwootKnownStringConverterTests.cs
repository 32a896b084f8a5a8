using System.Text.Json;

namespace Gateway.Upstream.Tests.Serialization;

public sealed class ChatwootKnownStringConverterTests
{
    private static Conversation Read(string fields) =>
        JsonSerializer.Deserialize(
            $$"""{"meta":{"mine_count":0,"unassigned_count":0,"all_count":1},"payload":[{"id":1,{{fields}}}]}""",
            ChatwootJsonContext.Default.ConversationPageEnvelope)!.ToPage()!.Conversations.Single();

    [Fact]
    public void Read_KnownValues_AreTheSharedInstances()
    {
        var first = Read("""
            "status":"open","priority":"high","meta":{"channel":"Channel::WebWidget","assignee_type":"User"}
            """);
        var second = Read("""
            "status":"open","priority":"high","meta":{"channel":"Channel::WebWidget","assignee_type":"User"}
            """);

        first.Status.Should().Be("open");
        first.Meta.Channel.Should().Be("Channel::WebWidget");
        ReferenceEquals(first.Status, second.Status).Should().BeTrue();
        ReferenceEquals(first.Priority, second.Priority).Should().BeTrue();
        ReferenceEquals(first.Meta.Channel, second.Meta.Channel).Should().BeTrue();
        ReferenceEquals(first.Meta.AssigneeType, second.Meta.AssigneeType).Should().BeTrue();
    }

    [Theory]
    [InlineData("\"op\\u0065n\"", "open")]
    [InlineData("\"Open\"", "Open")]
    [InlineData("\"a-status-chatwoot-added-later\"", "a-status-chatwoot-added-later")]
    [InlineData("\"ünïcode\"", "ünïcode")]
    [InlineData("\"\"", "")]
    [InlineData("null", null)]
    public void Read_OtherValues_AreReadAsSent(string json, string? expected)
    {
        Read($"\"status\":{json}").Status.Should().Be(expected);
    }

    [Fact]
    public void Read_NumberWhereAStringBelongs_IsAJsonException()
    {
        var read = () => Read("\"status\":3");

        read.Should().Throw<JsonException>();
    }
}
