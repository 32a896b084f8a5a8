using Microsoft.Extensions.Logging;

namespace Gateway.Upstream;

/// <summary>Source-generated log messages of the client. None takes a token, a URL or a request body.</summary>
internal static partial class ChatwootClientLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Chatwoot {Operation} succeeded in {ElapsedMs:F1} ms")]
    public static partial void UpstreamCallSucceeded(this ILogger logger, string operation, double elapsedMs);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Chatwoot {Operation} failed: {Kind} (status {StatusCode}) after {ElapsedMs:F1} ms")]
    public static partial void UpstreamCallFailed(this ILogger logger, string operation, UpstreamErrorKind kind, int? statusCode, double elapsedMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information,
        Message = "Retrying Chatwoot call (attempt {Attempt}) in {DelayMs:F0} ms after {Reason}")]
    public static partial void RetryingUpstreamCall(this ILogger logger, int attempt, double delayMs, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error,
        Message = "Chatwoot circuit opened for {BreakSeconds:F1} s after {Reason}")]
    public static partial void CircuitOpened(this ILogger logger, double breakSeconds, string reason);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Chatwoot circuit half-open: letting a trial call through")]
    public static partial void CircuitHalfOpened(this ILogger logger);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Chatwoot circuit closed")]
    public static partial void CircuitClosed(this ILogger logger);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning,
        Message = "Chatwoot {Operation} returned a body that could not be read as {Expected}")]
    public static partial void UnreadableBody(this ILogger logger, string operation, string expected, Exception? exception);
}
