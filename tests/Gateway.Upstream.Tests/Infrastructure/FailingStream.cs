namespace Gateway.Upstream.Tests.Infrastructure;

/// <summary>Sends a few bytes, then fails as a dropped connection does.</summary>
public sealed class FailingStream : MemoryStream
{
    private bool _sent;

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_sent)
        {
            throw new IOException("The connection was reset.");
        }

        _sent = true;
        buffer.Span[0] = (byte)'{';
        return ValueTask.FromResult(1);
    }
}
