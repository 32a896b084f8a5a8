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
    private int _inFlight;
    private int _maxInFlight;

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

    /// <summary>Requests currently being processed (admin calls excluded).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>The highest <see cref="InFlight"/> seen since start or the last <see cref="Clear"/>: shows a client's concurrency limit.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

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

        Volatile.Write(ref _maxInFlight, Volatile.Read(ref _inFlight));
    }

    internal void Enter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        var max = Volatile.Read(ref _maxInFlight);
        while (now > max)
        {
            var seen = Interlocked.CompareExchange(ref _maxInFlight, now, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    internal void Exit() => Interlocked.Decrement(ref _inFlight);

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
