using Chatwoot.Simulator.Faults;

namespace Chatwoot.Simulator;

/// <summary>The active fault rules. Thread-safe; rules can be added and cleared while requests run.</summary>
public sealed class FaultRegistry
{
    private readonly Lock _gate = new();
    private readonly List<ActiveFault> _rules = [];
#pragma warning disable CA5394 // Fault injection needs a reproducible pseudo-random source, not a secure one.
    private readonly Random _random;

    public FaultRegistry(int seed = 7) => _random = new Random(seed);

    /// <summary>Adds a rule.</summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _rules.Add(new ActiveFault(rule));
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>The rules still active.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.Where(r => !r.Retired).Select(r => r.Rule).ToList();
            }
        }
    }

    internal FaultDecision Evaluate(string endpoint)
    {
        lock (_gate)
        {
            if (_rules.Count == 0)
            {
                return FaultDecision.None;
            }

            var decision = new FaultDecision();
            foreach (var active in _rules)
            {
                var rule = active.Rule;
                if (active.Retired || !(rule.Endpoint == SimulatorEndpoints.Any || string.Equals(rule.Endpoint, endpoint, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                active.Applied++;
                if (rule.LatencyMs is not null || rule.LatencyMaxMs is not null)
                {
                    var min = rule.LatencyMs ?? 0;
                    var ms = rule.LatencyMaxMs is int max && max > min ? _random.Next(min, max + 1) : min;
                    decision.Latency += TimeSpan.FromMilliseconds(ms);
                }

                if (active.BurstRemaining > 0)
                {
                    active.BurstRemaining--;
                    decision.TooManyRequests = true;
                    decision.RetryAfterSeconds = rule.RetryAfterSeconds;
                }

                decision.Hang |= rule.Hang && Chance(rule.Probability);
                decision.Drop |= rule.DropConnection && Chance(rule.Probability);
                if (rule.ErrorRate > 0 && Chance(rule.ErrorRate))
                {
                    decision.ErrorStatus = rule.ErrorStatus;
                }

                decision.MalformedJson |= rule.MalformedJson && Chance(rule.Probability);
            }

            return decision;
        }
    }

    private bool Chance(double probability) => probability >= 1.0 || (probability > 0 && _random.NextDouble() < probability);
#pragma warning restore CA5394
}
