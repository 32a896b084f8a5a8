using System.Buffers;
using System.Net;

namespace Gateway.Upstream;

/// <summary>
/// A response body read completely into an array rented from <see cref="ArrayPool{T}.Shared"/>, so the client can
/// deserialise straight from the bytes. The array goes back to the pool when the content (or its response) is disposed;
/// nothing read from it may keep a reference to it (the source-generated readers copy strings and JSON blobs).
/// </summary>
internal sealed class PooledResponseContent : HttpContent
{
    private byte[]? _buffer;
    private readonly int _length;

    public PooledResponseContent(byte[] rentedBuffer, int length)
    {
        _buffer = rentedBuffer;
        _length = length;
    }

    /// <summary>The body.</summary>
    public ReadOnlySpan<byte> Span => Buffer().AsSpan(0, _length);

    /// <summary>The body.</summary>
    public ReadOnlyMemory<byte> Memory => Buffer().AsMemory(0, _length);

    /// <summary>
    /// Reads <paramref name="content"/> to its end into a pooled array, failing with <see cref="ResponseTooLargeException"/>
    /// past <paramref name="maxBytes"/>, and copies its headers.
    /// </summary>
    public static async Task<PooledResponseContent> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        var capacity = declared is { } known ? (int)Math.Min(known, maxBytes) + 1 : 16 * 1024;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        buffer = Grow(buffer, length, maxBytes);
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                    if (length > maxBytes)
                    {
                        throw new ResponseTooLargeException();
                    }
                }
            }
        }
        catch (IOException ex)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            // As HttpContent.LoadIntoBufferAsync reports a body cut off mid-way: a (transient) HttpRequestException.
            throw new HttpRequestException("Error while copying content to a stream.", ex);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        var result = new PooledResponseContent(buffer, length);
        foreach (var header in content.Headers.NonValidated)
        {
            if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                result.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return result;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Buffer(), 0, _length, cancellationToken);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new MemoryStream(Buffer(), 0, _length, writable: false));

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    private static byte[] Grow(byte[] buffer, int length, long maxBytes)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max((long)buffer.Length * 2, 256), maxBytes + 1));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private byte[] Buffer() => _buffer ?? throw new ObjectDisposedException(nameof(PooledResponseContent));
}
