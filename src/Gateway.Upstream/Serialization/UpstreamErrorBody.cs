namespace Gateway.Upstream;

/// <summary>Chatwoot's two error body shapes: <c>{"error":"..."}</c> and <c>{"errors":["..."]}</c>.</summary>
internal sealed class UpstreamErrorBody
{
    public string? Error { get; set; }

    public List<string>? Errors { get; set; }

    public string? Message => Error ?? (Errors is { Count: > 0 } ? string.Join("; ", Errors) : null);
}
