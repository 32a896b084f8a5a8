namespace Gateway.Filtering;

/// <summary>
/// One predicate of Chatwoot's filter language: <c>attribute_key</c>, <c>filter_operator</c> and <c>values</c>.
/// Values are <see cref="int"/> or <see cref="string"/>. Equality is by value, so duplicate conditions collapse.
/// </summary>
internal sealed record FilterPredicate(string AttributeKey, string Operator, IReadOnlyList<object> Values)
{
    public bool Equals(FilterPredicate? other) =>
        other is not null
        && AttributeKey == other.AttributeKey
        && Operator == other.Operator
        && Values.SequenceEqual(other.Values);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(AttributeKey);
        hash.Add(Operator);
        foreach (var value in Values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"{AttributeKey} {Operator} [{string.Join(", ", Values)}]";
}
