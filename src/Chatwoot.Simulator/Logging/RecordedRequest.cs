namespace Chatwoot.Simulator;

/// <summary>One request the simulator received. The token is never stored: only a SHA-256 prefix of it.</summary>
public sealed class RecordedRequest
{
    public long Sequence { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    public string Method { get; init; } = string.Empty;

    public string Path { get; init; } = string.Empty;

    /// <summary>The raw query string without the leading <c>?</c> (empty when none).</summary>
    public string Query { get; init; } = string.Empty;

    public string? Body { get; init; }

    /// <summary>First 16 hex digits of the SHA-256 of the <c>api_access_token</c> header, or null when none was sent.</summary>
    public string? TokenHash { get; init; }

    /// <summary>The endpoint name (see <see cref="SimulatorEndpoints"/>) or null when no endpoint matched.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The response status, set when the response completes (null while in flight or when the connection dropped).</summary>
    public int? StatusCode { get; set; }
}
