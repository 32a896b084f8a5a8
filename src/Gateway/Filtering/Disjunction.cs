using Gateway.Upstream;

namespace Gateway.Filtering;

/// <summary>
/// A filter in disjunctive normal form: OR of groups, each group an AND of conditions. An empty group is
/// <c>true</c>; no groups at all is <c>false</c>. Operations are bounded by <see cref="FilterCompilerOptions"/>.
/// Instances and their group arrays are immutable, so results share every group an operation leaves unchanged.
/// </summary>
internal sealed class Disjunction
{
    private readonly FilterPredicate[][] _groups;

    private Disjunction(FilterPredicate[][] groups, int conditionCount)
    {
        _groups = groups;
        ConditionCount = conditionCount;
        foreach (var group in groups)
        {
            if (group.Length == 0)
            {
                IsTrue = true;
                break;
            }
        }
    }

    public static Disjunction True { get; } = new([[]], 0);

    public IReadOnlyList<IReadOnlyList<FilterPredicate>> Groups => _groups;

    /// <summary>True when some group is empty (always satisfied).</summary>
    public bool IsTrue { get; }

    /// <summary>Conditions over all groups.</summary>
    public int ConditionCount { get; }

    public static Disjunction Of(FilterPredicate condition) => new([[condition]], 1);

    /// <summary>AND with one condition: appended to every group that does not already hold it.</summary>
    public Disjunction And(FilterPredicate condition, FilterCompilerOptions options)
    {
        if (IsTrue && _groups.Length == 1)
        {
            return Of(condition);
        }

        var groups = new FilterPredicate[_groups.Length][];
        var total = 0;
        for (var g = 0; g < _groups.Length; g++)
        {
            var group = _groups[g];
            if (IndexOf(group, group.Length, condition) < 0)
            {
                var extended = new FilterPredicate[group.Length + 1];
                group.CopyTo(extended, 0);
                extended[^1] = condition;
                group = extended;
            }

            groups[g] = group;
            total += group.Length;
        }

        return Bounded(groups, total, options);
    }

    /// <summary>AND: distributes every group of one side over every group of the other.</summary>
    public Disjunction And(Disjunction other, FilterCompilerOptions options)
    {
        if (other.IsTrue && other._groups.Length == 1)
        {
            return this;
        }

        if (IsTrue && _groups.Length == 1)
        {
            return other;
        }

        var count = (long)_groups.Length * other._groups.Length;
        if (count > options.MaxGroups)
        {
            throw TooLarge(options);
        }

        var groups = new FilterPredicate[(int)count][];
        var total = 0;
        var next = 0;
        FilterPredicate[]? scratch = null;
        foreach (var left in _groups)
        {
            foreach (var right in other._groups)
            {
                var merged = Merge(left, right, ref scratch);
                groups[next++] = merged;
                total += merged.Length;
            }
        }

        return Bounded(groups, total, options);
    }

    /// <summary>OR: concatenates the groups; a <c>true</c> side makes the whole <c>true</c>.</summary>
    public Disjunction Or(Disjunction other, FilterCompilerOptions options)
    {
        if (IsTrue || other.IsTrue)
        {
            return True;
        }

        var groups = new FilterPredicate[_groups.Length + other._groups.Length][];
        _groups.CopyTo(groups, 0);
        other._groups.CopyTo(groups, _groups.Length);
        return Bounded(groups, ConditionCount + other.ConditionCount, options);
    }

    /// <summary>Chatwoot's flat list: conditions of a group joined by AND, groups joined by OR, the last operator null.</summary>
    public IReadOnlyList<FilterCondition> Flatten()
    {
        if (IsTrue)
        {
            return [];
        }

        var flat = new FilterCondition[ConditionCount];
        var next = 0;
        for (var g = 0; g < _groups.Length; g++)
        {
            var group = _groups[g];
            for (var c = 0; c < group.Length; c++)
            {
                var lastInGroup = c == group.Length - 1;
                FilterQueryOperator? op = !lastInGroup ? FilterQueryOperator.And : g == _groups.Length - 1 ? null : FilterQueryOperator.Or;
                var predicate = group[c];
                flat[next++] = new FilterCondition(predicate.AttributeKey, predicate.Operator, predicate.Values, op);
            }
        }

        return flat;
    }

    /// <summary><paramref name="left"/> followed by the conditions of <paramref name="right"/> it lacks; shares an input when nothing is added.</summary>
    private static FilterPredicate[] Merge(FilterPredicate[] left, FilterPredicate[] right, ref FilterPredicate[]? scratch)
    {
        if (left.Length == 0)
        {
            return right;
        }

        var capacity = left.Length + right.Length;
        if (scratch is null || scratch.Length < capacity)
        {
            scratch = new FilterPredicate[Math.Max(capacity, 16)];
        }

        left.CopyTo(scratch, 0);
        var length = left.Length;
        foreach (var condition in right)
        {
            if (IndexOf(scratch, length, condition) < 0)
            {
                scratch[length++] = condition;
            }
        }

        return length == left.Length ? left : scratch.AsSpan(0, length).ToArray();
    }

    private static int IndexOf(FilterPredicate[] conditions, int length, FilterPredicate condition)
    {
        for (var i = 0; i < length; i++)
        {
            if (conditions[i].Equals(condition))
            {
                return i;
            }
        }

        return -1;
    }

    private static Disjunction Bounded(FilterPredicate[][] groups, int conditionCount, FilterCompilerOptions options)
    {
        if (groups.Length > options.MaxGroups || conditionCount > options.MaxConditions)
        {
            throw TooLarge(options);
        }

        return new Disjunction(groups, conditionCount);
    }

    private static FilterInputException TooLarge(FilterCompilerOptions options) =>
        new($"The filter is too large once rewritten for Chatwoot (AND binds tighter than OR there, so every AND of OR lists multiplies out): at most {options.MaxGroups} OR-joined groups and {options.MaxConditions} conditions are allowed. Simplify the filter, for example with `in` lists instead of `or`.");
}
