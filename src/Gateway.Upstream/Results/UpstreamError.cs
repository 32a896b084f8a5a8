namespace Gateway.Upstream;

/// <summary>
/// An expected upstream failure, returned as a value. Never carries the caller's token.
/// </summary>
/// <param name="Kind">The failure category the gateway maps to an error code.</param>
/// <param name="Message">A human-readable message; for <see cref="UpstreamErrorKind.InvalidFilter"/> the upstream's own.</param>
/// <param name="StatusCode">The upstream HTTP status, when a response was received.</param>
/// <param name="RetryAfter">How long to wait before trying again, when known (Retry-After, open circuit).</param>
public sealed record UpstreamError(UpstreamErrorKind Kind, string Message, int? StatusCode = null, TimeSpan? RetryAfter = null);
