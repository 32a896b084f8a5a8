namespace Gateway.GraphQL.Validation;

/// <summary>
/// A list of rule factories plus, per node kind, which rules (by index) enter or leave nodes of that kind.
/// Built once per rule list so that each validation only creates the rule instances.
/// </summary>
internal sealed class ValidationRulePlan
{
    private const int KindCount = 64;

    public ValidationRulePlan(IReadOnlyList<Func<ValidationRule>> factories)
    {
        Factories = factories;
        var prototypes = new ValidationRule[factories.Count];
        for (var i = 0; i < prototypes.Length; i++)
        {
            prototypes[i] = factories[i]();
        }

        EnterByKind = BuildTable(prototypes, static r => r.EnterKinds);
        LeaveByKind = BuildTable(prototypes, static r => r.LeaveKinds);
    }

    public IReadOnlyList<Func<ValidationRule>> Factories { get; }

    /// <summary>Indexed by <c>(int)SyntaxKind</c>: the indices of the rules that enter that kind, in rule order.</summary>
    public int[][] EnterByKind { get; }

    /// <summary>Indexed by <c>(int)SyntaxKind</c>: the indices of the rules that leave that kind, in rule order.</summary>
    public int[][] LeaveByKind { get; }

    public ValidationRule[] CreateRules()
    {
        var rules = new ValidationRule[Factories.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = Factories[i]();
        }

        return rules;
    }

    private static int[][] BuildTable(ValidationRule[] rules, Func<ValidationRule, ulong> mask)
    {
        var table = new int[KindCount][];
        var indices = new List<int>(rules.Length);
        for (var kind = 0; kind < KindCount; kind++)
        {
            indices.Clear();
            for (var i = 0; i < rules.Length; i++)
            {
                if ((mask(rules[i]) & (1UL << kind)) != 0)
                {
                    indices.Add(i);
                }
            }

            table[kind] = indices.ToArray();
        }

        return table;
    }
}
