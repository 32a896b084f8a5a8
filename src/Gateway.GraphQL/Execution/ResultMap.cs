using System.Collections;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// An object in the result tree: response keys in selection order with their completed values.
/// Values are null, string, bool, int, long, double, decimal, <see cref="System.Text.Json.JsonElement"/>,
/// <see cref="ResultMap"/> or <see cref="IReadOnlyList{T}"/> of those.
/// </summary>
public sealed class ResultMap : IReadOnlyList<KeyValuePair<string, object?>>
{
    private KeyValuePair<string, object?>[] _entries;
    private int _count;

    public ResultMap()
        : this(4)
    {
    }

    public ResultMap(int capacity)
    {
        _entries = capacity == 0 ? [] : new KeyValuePair<string, object?>[capacity];
    }

    public int Count => _count;

    public KeyValuePair<string, object?> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return _entries[index];
        }
    }

    /// <summary>Looks a response key up (linear; result objects are small).</summary>
    public bool TryGetValue(string key, out object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                value = _entries[i].Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Gets the value of a response key, or null when absent.</summary>
    public object? GetValueOrDefault(string key) => TryGetValue(key, out var value) ? value : null;

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(string key, object? value)
    {
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, Math.Max(4, _count * 2));
        }

        _entries[_count++] = new KeyValuePair<string, object?>(key, value);
    }

    internal void SetValue(int index, object? value) => _entries[index] = new KeyValuePair<string, object?>(_entries[index].Key, value);

    /// <summary>Struct enumerator over the entries.</summary>
    public struct Enumerator : IEnumerator<KeyValuePair<string, object?>>
    {
        private readonly ResultMap _map;
        private int _index;

        internal Enumerator(ResultMap map)
        {
            _map = map;
            _index = -1;
        }

        public readonly KeyValuePair<string, object?> Current => _map._entries[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _map._count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
