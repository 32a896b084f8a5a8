using System.Net;
using System.Net.Http.Headers;

namespace Gateway.Benchmarks;

/// <summary>Answers every request with the same page, as a fresh non-buffered stream.</summary>
internal sealed class UpstreamCannedPageHandler(byte[] page) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new StreamContent(new MemoryStream(page, writable: false));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        content.Headers.ContentLength = page.Length;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
