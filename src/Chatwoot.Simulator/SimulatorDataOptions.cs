namespace Chatwoot.Simulator;

/// <summary>Knobs of the deterministic data generator.</summary>
public sealed class SimulatorDataOptions
{
    /// <summary>Seed of the random generator: the same seed gives the same data.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Conversations generated in account 1.</summary>
    public int ConversationsInDemoAccount { get; set; } = 300;

    /// <summary>Contacts generated in account 1.</summary>
    public int ContactsInDemoAccount { get; set; } = 150;

    /// <summary>"Now" of the generated data: every timestamp lies before it.</summary>
    public DateTimeOffset ReferenceTime { get; set; } = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
}
