namespace Gateway.Upstream;

/// <summary>One entry of the filter endpoint's <c>payload</c> list.</summary>
/// <param name="AttributeKey">A standard key (<c>status</c>, <c>labels</c>, ...) or a conversation custom attribute key.</param>
/// <param name="FilterOperator">Chatwoot's operator name (<c>equal_to</c>, <c>contains</c>, <c>is_greater_than</c>, ...).</param>
/// <param name="Values">The values: strings, integers, decimals or booleans.</param>
/// <param name="QueryOperator">How this condition joins the next; must be null on the last condition and only there.</param>
public sealed record FilterCondition(
    string AttributeKey,
    string FilterOperator,
    IReadOnlyList<object> Values,
    FilterQueryOperator? QueryOperator = null);
