namespace Chatwoot.Simulator;

/// <summary>
/// A fault injected into matching requests. Effects apply in this order: latency, a 429 burst, a hang, a dropped
/// connection, an error status, malformed JSON. Each rule applies at most <see cref="Times"/> times (null = forever).
/// </summary>
public sealed class FaultRule
{
    /// <summary>An endpoint name from <see cref="SimulatorEndpoints"/>, or <c>*</c> for all.</summary>
    public string Endpoint { get; set; } = SimulatorEndpoints.Any;

    /// <summary>Fixed latency added before the response, in milliseconds.</summary>
    public int? LatencyMs { get; set; }

    /// <summary>When set, the latency is uniformly distributed between <see cref="LatencyMs"/> (or 0) and this value.</summary>
    public int? LatencyMaxMs { get; set; }

    /// <summary>Probability (0..1) that a request gets <see cref="ErrorStatus"/>.</summary>
    public double ErrorRate { get; set; }

    /// <summary>The status sent when <see cref="ErrorRate"/> fires (500 by default).</summary>
    public int ErrorStatus { get; set; } = 500;

    /// <summary>The next N matching requests get 429 <c>Retry later</c> (text/plain), like Rack::Attack.</summary>
    public int Burst429 { get; set; }

    /// <summary>Retry-After seconds on the 429 responses; null sends none (as the real server does).</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>Never answer: the request waits until the client gives up or the server stops.</summary>
    public bool Hang { get; set; }

    /// <summary>Abort the connection without a response.</summary>
    public bool DropConnection { get; set; }

    /// <summary>Answer 200 with a truncated JSON body.</summary>
    public bool MalformedJson { get; set; }

    /// <summary>Probability (0..1) that <see cref="Hang"/>, <see cref="DropConnection"/> or <see cref="MalformedJson"/> fire.</summary>
    public double Probability { get; set; } = 1.0;

    /// <summary>How many matching requests the rule affects before it retires; null = unlimited.</summary>
    public int? Times { get; set; }
}
