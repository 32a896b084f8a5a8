namespace Gateway.Upstream;

/// <summary>
/// The complete input of the synchronous deserialisation running on this thread, so <see cref="JsonBlobConverter"/>
/// can cut a blob's bytes out of it by the reader's offsets. Only set around
/// <c>JsonSerializer.Deserialize(ReadOnlySpan&lt;byte&gt;, ...)</c> of exactly these bytes, where those offsets are
/// positions in it.
/// </summary>
internal sealed class JsonInputScope : IDisposable
{
    [ThreadStatic]
    private static JsonInputScope? t_current;

    private readonly JsonInputScope? _outer;

    private JsonInputScope(ReadOnlyMemory<byte> input)
    {
        Input = input;
        _outer = t_current;
        t_current = this;
    }

    /// <summary>The input being deserialised on this thread, or null.</summary>
    public static ReadOnlyMemory<byte>? Current => t_current?.Input;

    public ReadOnlyMemory<byte> Input { get; }

    public static JsonInputScope Enter(ReadOnlyMemory<byte> input) => new(input);

    public void Dispose() => t_current = _outer;
}
