namespace Gateway.Filtering;

/// <summary>Which operators a standard attribute accepts upstream.</summary>
internal enum FilterAttributeKind
{
    /// <summary><c>equal_to</c>, <c>not_equal_to</c>: GraphQL <c>eq neq in nin</c>.</summary>
    Equality,

    /// <summary>Equality plus <c>is_present</c> and <c>is_not_present</c>: GraphQL <c>exists</c>, and <c>eq: null</c>/<c>neq: null</c>.</summary>
    Presence,

    /// <summary>Equality plus <c>contains</c> and <c>does_not_contain</c>.</summary>
    Text,

    /// <summary><c>is_greater_than</c>, <c>is_less_than</c>, <c>days_before</c>.</summary>
    Date,
}
