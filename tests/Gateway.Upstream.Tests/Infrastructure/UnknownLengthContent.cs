using System.Net;

namespace Gateway.Upstream.Tests.Infrastructure;

/// <summary>A body sent without Content-Length (chunked), so only reading it reveals its size.</summary>
public sealed class UnknownLengthContent(byte[] bytes) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
