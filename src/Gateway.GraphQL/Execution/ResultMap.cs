using System.Collections;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// An object in the result tree: response keys in selection order with their completed values.
/// Values are null, string, bool, int, long, double, decimal, <see cref="System.Text.Json.JsonElement"/>,
/// <see cref="ResultMap"/> or <see cref="IReadOnlyList{T}"/> of those.
/// </summary>
/// <remarks>
/// The executor builds maps over the selection's shared array of response keys, so a map allocates only its values;
/// adding a key that differs from the shared one copies the keys first.
/// </remarks>
public sealed class ResultMap : IReadOnlyList<KeyValuePair<string, object?>>
{
    private string[] _keys;
    private object?[] _values;
    private int _count;
    private bool _sharedKeys;

    public ResultMap()
        : this(4)
    {
    }

    public ResultMap(int capacity)
    {
        _keys = capacity == 0 ? [] : new string[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
    }

    /// <summary>A map whose keys will be <paramref name="keys"/>, in order (the array is shared, never written).</summary>
    internal ResultMap(string[] keys)
    {
        _keys = keys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
        _sharedKeys = true;
    }

    public int Count => _count;

    public KeyValuePair<string, object?> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return new KeyValuePair<string, object?>(_keys[index], _values[index]);
        }
    }

    /// <summary>Looks a response key up (linear; result objects are small).</summary>
    public bool TryGetValue(string key, out object? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                value = _values[i];
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
        if (_count == _values.Length)
        {
            var capacity = Math.Max(4, _count * 2);
            Array.Resize(ref _values, capacity);
            OwnKeys(capacity);
        }

        // The shared array is never written (other requests read it): a matching key is already in place.
        if (!_sharedKeys || !ReferenceEquals(_keys[_count], key))
        {
            if (_sharedKeys)
            {
                OwnKeys(_values.Length);
            }

            _keys[_count] = key;
        }

        _values[_count++] = value;
    }

    internal void SetValue(int index, object? value) => _values[index] = value;

    private void OwnKeys(int capacity)
    {
        var keys = new string[capacity];
        Array.Copy(_keys, keys, _count);
        _keys = keys;
        _sharedKeys = false;
    }

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

        public readonly KeyValuePair<string, object?> Current => new(_map._keys[_index], _map._values[_index]);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _map._count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
