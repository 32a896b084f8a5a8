using Gateway.Upstream;

namespace Gateway.Filtering;

/// <summary>
/// A filter in disjunctive normal form: OR of groups, each group an AND of conditions. An empty group is
/// <c>true</c>; no groups at all is <c>false</c>. Operations are bounded by <see cref="FilterCompilerOptions"/>.
/// </summary>
internal sealed class Disjunction
{
    private Disjunction(IReadOnlyList<IReadOnlyList<FilterPredicate>> groups) => Groups = groups;

    public static Disjunction True { get; } = new([[]]);

    public IReadOnlyList<IReadOnlyList<FilterPredicate>> Groups { get; }

    public bool IsTrue => Groups.Any(g => g.Count == 0);

    public static Disjunction Of(FilterPredicate condition) => new([[condition]]);

    /// <summary>AND: distributes every group of one side over every group of the other.</summary>
    public Disjunction And(Disjunction other, FilterCompilerOptions options)
    {
        if (other.IsTrue && other.Groups.Count == 1)
        {
            return this;
        }

        if (IsTrue && Groups.Count == 1)
        {
            return other;
        }

        var count = (long)Groups.Count * other.Groups.Count;
        if (count > options.MaxGroups)
        {
            throw TooLarge(options);
        }

        var groups = new List<IReadOnlyList<FilterPredicate>>((int)count);
        foreach (var left in Groups)
        {
            foreach (var right in other.Groups)
            {
                var merged = new List<FilterPredicate>(left.Count + right.Count);
                merged.AddRange(left);
                foreach (var condition in right)
                {
                    if (!merged.Contains(condition))
                    {
                        merged.Add(condition);
                    }
                }

                groups.Add(merged);
            }
        }

        return Bounded(groups, options);
    }

    /// <summary>OR: concatenates the groups; a <c>true</c> side makes the whole <c>true</c>.</summary>
    public Disjunction Or(Disjunction other, FilterCompilerOptions options)
    {
        if (IsTrue || other.IsTrue)
        {
            return True;
        }

        var groups = new List<IReadOnlyList<FilterPredicate>>(Groups.Count + other.Groups.Count);
        groups.AddRange(Groups);
        groups.AddRange(other.Groups);
        return Bounded(groups, options);
    }

    /// <summary>Chatwoot's flat list: conditions of a group joined by AND, groups joined by OR, the last operator null.</summary>
    public IReadOnlyList<FilterCondition> Flatten()
    {
        if (IsTrue)
        {
            return [];
        }

        var flat = new List<FilterCondition>();
        for (var g = 0; g < Groups.Count; g++)
        {
            var group = Groups[g];
            for (var c = 0; c < group.Count; c++)
            {
                var lastInGroup = c == group.Count - 1;
                FilterQueryOperator? op = !lastInGroup ? FilterQueryOperator.And : g == Groups.Count - 1 ? null : FilterQueryOperator.Or;
                var predicate = group[c];
                flat.Add(new FilterCondition(predicate.AttributeKey, predicate.Operator, predicate.Values, op));
            }
        }

        return flat;
    }

    private static Disjunction Bounded(List<IReadOnlyList<FilterPredicate>> groups, FilterCompilerOptions options)
    {
        if (groups.Count > options.MaxGroups || groups.Sum(g => g.Count) > options.MaxConditions)
        {
            throw TooLarge(options);
        }

        return new Disjunction(groups);
    }

    private static FilterInputException TooLarge(FilterCompilerOptions options) =>
        new($"The filter is too large once rewritten for Chatwoot (AND binds tighter than OR there, so every AND of OR lists multiplies out): at most {options.MaxGroups} OR-joined groups and {options.MaxConditions} conditions are allowed. Simplify the filter, for example with `in` lists instead of `or`.");
}
