using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Gateway.Upstream.Tests.Infrastructure;

/// <summary>Records every log entry of every category at every level, with its structured values and exception.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>Everything written, flattened to one string per entry (message, values, exception).</summary>
    public IEnumerable<string> AllText() => Entries.Select(e => e.ToString());
}
