namespace Gateway.Upstream;

/// <summary>Timeouts of an upstream call.</summary>
public sealed class ChatwootTimeoutOptions
{
    /// <summary>The whole call, every retry and back-off included.</summary>
    public TimeSpan Total { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One HTTP attempt, the response body included.</summary>
    public TimeSpan Attempt { get; set; } = TimeSpan.FromSeconds(10);
}
