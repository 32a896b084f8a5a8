namespace Chatwoot.Simulator.Faults;

/// <summary>A fault rule with its counters (how often it applied, how many 429s are left in its burst).</summary>
internal sealed class ActiveFault(FaultRule rule)
{
    public FaultRule Rule { get; } = rule;

    public int Applied { get; set; }

    public int BurstRemaining { get; set; } = rule.Burst429;

    public bool Retired => Rule.Times is int times && Applied >= times;
}
