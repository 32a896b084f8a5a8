namespace Chatwoot.Simulator;

/// <summary>How to start a <see cref="SimulatorServer"/>.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Loopback port to bind; 0 picks a free one. Ignored when <see cref="Urls"/> is set.</summary>
    public int Port { get; set; }

    /// <summary>Explicit Kestrel URLs (for example <c>http://127.0.0.1:3300</c>), separated by <c>;</c>.</summary>
    public string? Urls { get; set; }

    /// <summary>The data set to serve; null generates one from <see cref="Seed"/>.</summary>
    public SimulatorData? Data { get; set; }

    /// <summary>Seed of the generated data set (used when <see cref="Data"/> is null).</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Generator knobs (used when <see cref="Data"/> is null); <see cref="Seed"/> overrides its seed.</summary>
    public SimulatorDataOptions? DataOptions { get; set; }

    /// <summary>The filter endpoint's response shape at start (also switchable at run time).</summary>
    public FilterResponseShape FilterResponseShape { get; set; } = FilterResponseShape.Real;

    /// <summary>
    /// Requests per minute (all clients together) before the simulator answers 429 like the production server's
    /// throttle (3000/min per IP there). Null leaves throttling off.
    /// </summary>
    public int? RateLimitPerMinute { get; set; }

    /// <summary>How many requests the request log keeps.</summary>
    public int RequestLogCapacity { get; set; } = 10_000;

    /// <summary>Clock for "today" in <c>days_before</c> and <c>updated_within</c>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Write ASP.NET Core's console log (off for tests, on for the standalone process).</summary>
    public bool ConsoleLogging { get; set; }
}
