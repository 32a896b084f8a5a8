using Chatwoot.Simulator.Api;

namespace Chatwoot.Simulator;

/// <summary>The live state of a simulator: its data, request log, faults and switches. Thread-safe.</summary>
public sealed class SimulatorState
{
    private readonly SimulatorOptions _options;
    private volatile DataSnapshot _snapshot;
    private volatile int _shape;
    private int _pageShift;

    public SimulatorState(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        RequestLog = new RequestLog(options.RequestLogCapacity);
        Faults = new FaultRegistry();
        RateLimiter = new RateLimiter { RequestsPerMinute = options.RateLimitPerMinute };
        _snapshot = new DataSnapshot(InitialData());
        _shape = (int)options.FilterResponseShape;
    }

    /// <summary>The data being served. After changing it in place, call <see cref="LoadData"/> with it to re-index.</summary>
    public SimulatorData Data => _snapshot.Data;

    public RequestLog RequestLog { get; }

    public FaultRegistry Faults { get; }

    /// <summary>The production throttle (off unless a limit is set): requests per minute before 429 <c>Retry later</c>.</summary>
    public RateLimiter RateLimiter { get; }

    public TimeProvider TimeProvider => _options.TimeProvider;

    /// <summary>The filter endpoint's response shape.</summary>
    public FilterResponseShape FilterResponseShape
    {
        get => (FilterResponseShape)_shape;
        set => _shape = (int)value;
    }

    /// <summary>
    /// Rows each page after the first repeats from the end of the previous page (0 = none), to exercise a client's
    /// de-duplication: upstream has no id tie-breaker, so rows can repeat across pages.
    /// </summary>
    public int PageShift
    {
        get => Volatile.Read(ref _pageShift);
        set => Volatile.Write(ref _pageShift, Math.Clamp(value, 0, 24));
    }

    internal DataSnapshot Snapshot => _snapshot;

    /// <summary>Serves another data set from now on.</summary>
    public void LoadData(SimulatorData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _snapshot = new DataSnapshot(data);
    }

    /// <summary>Back to the start: initial data, no faults, empty request log, the configured filter shape.</summary>
    public void Reset()
    {
        _snapshot = new DataSnapshot(InitialData());
        Faults.Clear();
        RequestLog.Clear();
        RateLimiter.RequestsPerMinute = _options.RateLimitPerMinute;
        PageShift = 0;
        _shape = (int)_options.FilterResponseShape;
    }

    private SimulatorData InitialData()
    {
        if (_options.Data is not null)
        {
            // Serve a copy so that a reset restores the data as it was given.
            return SimulatorData.FromJson(_options.Data.ToJson());
        }

        var generator = _options.DataOptions ?? new SimulatorDataOptions();
        return SimulatorData.Generate(new SimulatorDataOptions
        {
            Seed = _options.Seed,
            ConversationsInDemoAccount = generator.ConversationsInDemoAccount,
            ContactsInDemoAccount = generator.ContactsInDemoAccount,
            ReferenceTime = generator.ReferenceTime,
        });
    }
}
