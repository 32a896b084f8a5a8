using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Gateway.GraphQL.Execution;

/// <summary>A bounded, least-recently-used cache of parsed and validated documents keyed by the SHA-256 of their text.</summary>
internal sealed class DocumentCache
{
    private readonly Lock _sync = new();
    private readonly Dictionary<DocumentHash, LinkedListNode<(DocumentHash Key, CachedDocument Value)>> _entries = [];
    private readonly LinkedList<(DocumentHash Key, CachedDocument Value)> _recency = new();
    private readonly int _capacity;

    public DocumentCache(int capacity)
    {
        _capacity = Math.Max(0, capacity);
    }

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    public static DocumentHash Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan()), hash);
        return new DocumentHash(
            MemoryMarshal.Read<long>(hash),
            MemoryMarshal.Read<long>(hash[8..]),
            MemoryMarshal.Read<long>(hash[16..]),
            MemoryMarshal.Read<long>(hash[24..]));
    }

    public bool TryGet(DocumentHash key, out CachedDocument? document)
    {
        lock (_sync)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Value;
                return true;
            }
        }

        document = null;
        return false;
    }

    public void Add(DocumentHash key, CachedDocument document)
    {
        if (_capacity == 0)
        {
            return;
        }

        lock (_sync)
        {
            if (_entries.ContainsKey(key))
            {
                return;
            }

            var node = _recency.AddFirst((key, document));
            _entries[key] = node;
            while (_entries.Count > _capacity)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(last.Value.Key);
            }
        }
    }
}
