using Microsoft.Extensions.Logging;

namespace Gateway.Upstream.Tests.Infrastructure;

/// <summary>The logger <see cref="CapturingLoggerProvider"/> hands out.</summary>
internal sealed class CapturingLogger(CapturingLoggerProvider owner, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : string.Empty;
        owner.Entries.Enqueue(new CapturedLog(category, logLevel, eventId.Id, formatter(state, exception), values, exception?.ToString()));
    }
}
