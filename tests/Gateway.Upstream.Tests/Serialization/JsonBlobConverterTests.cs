using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests.Serialization;

public sealed class JsonBlobConverterTests
{
    private static Conversation Read(string attributes) => Read(attributes, fromClientBuffer: false);

    /// <summary>Reads one conversation, either as the client does (bytes cut from its buffer) or parsed at once.</summary>
    private static Conversation Read(string attributes, bool fromClientBuffer)
    {
        var json = Encoding.UTF8.GetBytes(
            $$"""{"meta":{"mine_count":0,"unassigned_count":0,"all_count":1},"payload":[{"id":1,{{attributes}}}]}""");
        if (!fromClientBuffer)
        {
            return JsonSerializer.Deserialize(json, ChatwootJsonContext.Default.ConversationPageEnvelope)!.ToPage()!.Conversations.Single();
        }

        using (JsonInputScope.Enter(json))
        {
            return JsonSerializer.Deserialize(json, ChatwootJsonContext.Default.ConversationPageEnvelope)!.ToPage()!.Conversations.Single();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_BlobsOfConversationContactAndMessage_KeepEveryValue(bool fromClientBuffer)
    {
        var c = Read("""
            "additional_attributes":{"browser":{"browser_name":"Chrome"},"referer":"https://acme.test/ü"},
            "custom_attributes":{"plan":"pro","seats":12,"vip":true,"renewal":null},
            "messages":[{"id":5,"content_attributes":{"items":[{"title":"A"}]}}],
            "meta":{"sender":{"id":7,"additional_attributes":{"city":"Berlin"},"custom_attributes":{"tier":"gold"}}}
            """, fromClientBuffer);

        c.AdditionalAttributes!.Value.GetProperty("browser").GetProperty("browser_name").GetString().Should().Be("Chrome");
        c.AdditionalAttributes.Value.GetProperty("referer").GetString().Should().Be("https://acme.test/ü");
        c.CustomAttributes!.Value.GetRawText().Should().Be("""{"plan":"pro","seats":12,"vip":true,"renewal":null}""");
        c.Messages.Single().ContentAttributes!.Value.GetProperty("items")[0].GetProperty("title").GetString().Should().Be("A");
        c.Meta.Sender!.AdditionalAttributes!.Value.GetProperty("city").GetString().Should().Be("Berlin");
        c.Meta.Sender.CustomAttributes!.Value.GetProperty("tier").GetString().Should().Be("gold");
    }

    [Fact]
    public void Element_ReadFromManyThreadsAtOnce_IsTheSameValueEverywhere()
    {
        var c = Read("\"custom_attributes\":{\"plan\":\"pro\"}", fromClientBuffer: true);

        var plans = Enumerable.Range(0, 8).AsParallel().Select(_ => c.CustomAttributes!.Value.GetProperty("plan").GetString()).ToList();

        plans.Should().AllBe("pro");
    }

    [Fact]
    public async Task Read_ThroughTheClient_ReadsBlobsAfterTheResponseBufferWasReturned()
    {
        using var h = ClientHarness.Create();
        h.Handler.ThenRespond(HttpStatusCode.OK, """
            {"meta":{"mine_count":0,"unassigned_count":0,"all_count":1},
             "payload":[{"id":3,"custom_attributes":{"order_id":"ORD-1234"}}]}
            """);

        var page = await h.Client.FilterConversationsAsync(ClientHarness.Context(), new FilterConversationsRequest(), default);
        // Reuse the pool's arrays for something else before the blob is first read.
        for (var i = 0; i < 4; i++)
        {
            var rented = ArrayPool<byte>.Shared.Rent(256);
            rented.AsSpan().Fill((byte)'x');
            ArrayPool<byte>.Shared.Return(rented);
        }

        page.Value.Conversations.Single().CustomAttributes!.Value.GetProperty("order_id").GetString().Should().Be("ORD-1234");
    }

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
