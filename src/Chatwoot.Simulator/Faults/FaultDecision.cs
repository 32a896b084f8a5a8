namespace Chatwoot.Simulator.Faults;

/// <summary>What the fault rules decided for one request.</summary>
internal sealed class FaultDecision
{
    public static readonly FaultDecision None = new();

    public TimeSpan Latency { get; set; }

    public bool TooManyRequests { get; set; }

    public int? RetryAfterSeconds { get; set; }

    public bool Hang { get; set; }

    public bool Drop { get; set; }

    public int? ErrorStatus { get; set; }

    public bool MalformedJson { get; set; }
}
