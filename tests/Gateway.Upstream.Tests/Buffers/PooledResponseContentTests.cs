using System.Net;
using System.Text;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests.Buffers;

public sealed class PooledResponseContentTests
{
    [Fact]
    public async Task ListConversationsAsync_ChunkedPageLargerThanTheFirstBuffer_IsReadCompletely()
    {
        using var h = ClientHarness.Create();
        var conversations = Enumerable.Range(1, 25).Select(id => ChatwootJson.Conversation(id)).ToArray();
        var page = Encoding.UTF8.GetBytes(ChatwootJson.WrappedPage(1, 2, 3, 25, conversations));
        page.Length.Should().BeGreaterThan(16 * 1024, "the body must outgrow the first pooled buffer");
        h.Handler.Then((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new UnknownLengthContent(page) }));

        var result = await h.Client.ListConversationsAsync(ClientHarness.Context(), new ListConversationsRequest(), default);

        result.Value.Conversations.Select(c => c.Id).Should().Equal(Enumerable.Range(1, 25));
    }

    [Fact]
    public async Task ReadAsync_BodyCutOffMidway_IsAHttpRequestExceptionTheRetryTreatsAsTransient()
    {
        using var content = new StreamContent(new FailingStream());

        var read = () => PooledResponseContent.ReadAsync(content, 1024, default);

        (await read.Should().ThrowAsync<HttpRequestException>()).WithInnerException<IOException>();
    }

    [Fact]
    public async Task ReadAsync_Body_KeepsTheContentHeadersAndTheBytes()
    {
        using var original = new StringContent("{\"error\":\"nope\"}", Encoding.UTF8, "application/json");
        original.Headers.ContentLanguage.Add("en");

        using var content = await PooledResponseContent.ReadAsync(original, 1024, default);

        content.Headers.ContentType!.MediaType.Should().Be("application/json");
        content.Headers.ContentType.CharSet.Should().Be("utf-8");
        content.Headers.ContentLanguage.Should().Equal("en");
        content.Headers.ContentLength.Should().Be(16);
        Encoding.UTF8.GetString(content.Span).Should().Be("{\"error\":\"nope\"}");
        (await content.ReadAsStringAsync()).Should().Be("{\"error\":\"nope\"}");
    }
}
