namespace Chatwoot.Simulator.Filtering;

/// <summary>Why a filter payload was refused: 422 with Chatwoot's message, or an unrescued 500.</summary>
internal sealed record FilterError(int Status, string? Message)
{
    public static FilterError Internal { get; } = new(500, null);

    public static FilterError InvalidAttribute(string key, IEnumerable<string> allowedKeys) =>
        new(422, $"Invalid attribute key - [{key}]. The key should be one of [{string.Join(',', allowedKeys)}] or a custom attribute defined in the account.");

    public static FilterError InvalidOperator(string attribute, IEnumerable<string> allowedOperators) =>
        new(422, $"Invalid operator. The allowed operators for {attribute} are [{string.Join(',', allowedOperators)}].");

    public static FilterError InvalidQueryOperator { get; } = new(422, "Query operator must be either \"AND\" or \"OR\".");

    public static FilterError InvalidValue(string attribute) => new(422, $"Invalid value. The values provided for {attribute} are invalid");
}
