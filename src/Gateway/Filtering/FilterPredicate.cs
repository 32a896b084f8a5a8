namespace Gateway.Filtering;

/// <summary>
/// One predicate of Chatwoot's filter language: <c>attribute_key</c>, <c>filter_operator</c> and <c>values</c>.
/// Values are <see cref="int"/> or <see cref="string"/>. Equality is by value, so duplicate conditions collapse.
/// </summary>
internal sealed record FilterPredicate(string AttributeKey, string Operator, IReadOnlyList<object> Values)
{
    public bool Equals(FilterPredicate? other) =>
        ReferenceEquals(this, other)
        || other is not null
        && AttributeKey == other.AttributeKey
        && Operator == other.Operator
        && ValuesEqual(Values, other.Values);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(AttributeKey);
        hash.Add(Operator);
        for (var i = 0; i < Values.Count; i++)
        {
            hash.Add(Values[i]);
        }

        return hash.ToHashCode();
    }

    private static bool ValuesEqual(IReadOnlyList<object> left, IReadOnlyList<object> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => $"{AttributeKey} {Operator} [{string.Join(", ", Values)}]";
}
