using System.Security.Cryptography;
using System.Text;

namespace Chatwoot.Simulator;

/// <summary>Thread-safe log of every request received (admin calls excluded), bounded by a capacity.</summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly LinkedList<RecordedRequest> _entries = new();
    private readonly int _capacity;
    private long _sequence;

    public RequestLog(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>How many requests are currently held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The SHA-256 prefix the log stores for a token (16 lower-case hex digits).</summary>
    public static string HashToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return Convert.ToHexStringLower(hash)[..16];
    }

    /// <summary>A copy of the log, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    /// <summary>Empties the log.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    internal RecordedRequest Add(string method, string path, string query, string? body, string? token, DateTimeOffset timestamp)
    {
        lock (_gate)
        {
            var entry = new RecordedRequest
            {
                Sequence = ++_sequence,
                Timestamp = timestamp,
                Method = method,
                Path = path,
                Query = query,
                Body = body,
                TokenHash = token is null ? null : HashToken(token),
            };
            _entries.AddLast(entry);
            while (_entries.Count > _capacity)
            {
                _entries.RemoveFirst();
            }

            return entry;
        }
    }
}
