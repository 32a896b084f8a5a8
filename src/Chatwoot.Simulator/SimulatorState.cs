using Chatwoot.Simulator.Api;

namespace Chatwoot.Simulator;

/// <summary>The live state of a simulator: its data, request log, faults and switches. Thread-safe.</summary>
public sealed class SimulatorState
{
    private readonly SimulatorOptions _options;
    private volatile DataSnapshot _snapshot;
    private volatile int _shape;

    public SimulatorState(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        RequestLog = new RequestLog(options.RequestLogCapacity);
        Faults = new FaultRegistry();
        _snapshot = new DataSnapshot(InitialData());
        _shape = (int)options.FilterResponseShape;
    }

    /// <summary>The data being served. After changing it in place, call <see cref="LoadData"/> with it to re-index.</summary>
    public SimulatorData Data => _snapshot.Data;

    public RequestLog RequestLog { get; }

    public FaultRegistry Faults { get; }

    public TimeProvider TimeProvider => _options.TimeProvider;

    /// <summary>The filter endpoint's response shape.</summary>
    public FilterResponseShape FilterResponseShape
    {
        get => (FilterResponseShape)_shape;
        set => _shape = (int)value;
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
