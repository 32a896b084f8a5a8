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

    /// <summary>
    /// When set, every answer completes on the thread pool (as a socket read does) instead of synchronously, so the
    /// request's execution pump goes idle and is woken like in a running server.
    /// </summary>
    public static bool CompleteAsynchronously { get; set; }

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
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        return CompleteAsynchronously ? YieldAsync(response) : Task.FromResult(response);
    }

    private static async Task<HttpResponseMessage> YieldAsync(HttpResponseMessage response)
    {
        await Task.Yield();
        return response;
    }
}
