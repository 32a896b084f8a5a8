using System.Buffers;

namespace Gateway.GraphQL.Http;

/// <summary>
/// The output a cached <see cref="System.Text.Json.Utf8JsonWriter"/> is reset to between responses, so it does not
/// keep the last response's body alive. Nothing is ever written to it.
/// </summary>
internal sealed class DetachedOutput : IBufferWriter<byte>
{
    public static readonly DetachedOutput Instance = new();

    private DetachedOutput()
    {
    }

    public void Advance(int count) => throw new InvalidOperationException("The JSON writer is not attached to a response.");

    public Memory<byte> GetMemory(int sizeHint = 0) => throw new InvalidOperationException("The JSON writer is not attached to a response.");

    public Span<byte> GetSpan(int sizeHint = 0) => throw new InvalidOperationException("The JSON writer is not attached to a response.");
}
