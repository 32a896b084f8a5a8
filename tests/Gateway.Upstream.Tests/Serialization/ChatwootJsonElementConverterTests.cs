using System.Text.Json;

namespace Gateway.Upstream.Tests.Serialization;

public sealed class ChatwootJsonElementConverterTests
{
    private static Conversation Read(string attributes) =>
        JsonSerializer.Deserialize(
            $$"""{"meta":{"mine_count":0,"unassigned_count":0,"all_count":1},"payload":[{"id":1,{{attributes}}}]}""",
            ChatwootJsonContext.Default.ConversationPageEnvelope)!.ToPage()!.Conversations.Single();

    [Fact]
    public void Read_EmptyObjectsAndArrays_AreEmptyElementsOfTheirKind()
    {
        var c = Read("""
            "custom_attributes":{ },"additional_attributes":[],
            "messages":[{"id":5,"content_attributes":{}}]
            """);

        c.CustomAttributes!.Value.ValueKind.Should().Be(JsonValueKind.Object);
        c.CustomAttributes.Value.EnumerateObject().Should().BeEmpty();
        c.AdditionalAttributes!.Value.ValueKind.Should().Be(JsonValueKind.Array);
        c.AdditionalAttributes.Value.GetArrayLength().Should().Be(0);
        c.Messages.Single().ContentAttributes!.Value.GetRawText().Should().Be("{}");
    }

    [Fact]
    public void Read_NonEmptyBlobAfterAnEmptyOne_KeepsEveryValue()
    {
        var c = Read("""
            "custom_attributes":{},
            "additional_attributes":{"browser":{"browser_name":"Chrome"},"referer":"https://acme.test","tags":[1,{}]}
            """);

        var additional = c.AdditionalAttributes!.Value;
        additional.GetProperty("browser").GetProperty("browser_name").GetString().Should().Be("Chrome");
        additional.GetProperty("referer").GetString().Should().Be("https://acme.test");
        additional.GetProperty("tags").GetRawText().Should().Be("[1,{}]");
    }

    [Fact]
    public void Read_NullOrMissingBlob_IsNull()
    {
        var c = Read("\"custom_attributes\":null");

        c.CustomAttributes.Should().BeNull();
        c.AdditionalAttributes.Should().BeNull();
    }
}
