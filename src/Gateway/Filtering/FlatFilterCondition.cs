namespace Gateway.Filtering;

/// <summary>
/// A condition as Chatwoot receives it: joined to the next one by <see cref="QueryOperator"/> (<c>AND</c> or
/// <c>OR</c>); the last condition has none. Chatwoot applies AND before OR with no grouping.
/// </summary>
internal sealed record FlatFilterCondition(FilterCondition Condition, string? QueryOperator);
