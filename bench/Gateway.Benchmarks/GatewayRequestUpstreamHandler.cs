using System.Net;
using System.Net.Http.Headers;

namespace Gateway.Benchmarks;

/// <summary>
/// The Chatwoot client's primary handler in the whole-request benchmark: answers the conversation list and the
/// inbox list from canned bytes (recorded from the simulator), anything else with 404, and counts the calls.
/// </summary>
internal sealed class GatewayRequestUpstreamHandler(byte[] conversationPage, byte[] inboxes) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static int s_calls;

    /// <summary>Upstream calls answered since the last <see cref="ResetCalls"/>, over every handler instance.</summary>
    public static int Calls => Volatile.Read(ref s_calls);

    public static void ResetCalls() => Interlocked.Exchange(ref s_calls, 0);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref s_calls);
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        byte[]? body = path.EndsWith("/conversations", StringComparison.Ordinal) ? conversationPage
            : path.EndsWith("/inboxes", StringComparison.Ordinal) ? inboxes
            : null;
        if (body is null)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request });
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
