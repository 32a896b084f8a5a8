namespace Gateway.GraphQL.Limits;

/// <summary>
/// Static limits checked on every executable document before validation and execution (configuration section
/// <c>GraphQL:Limits</c>). A value of zero or less switches the limit off.
/// </summary>
public sealed class OperationLimitsOptions
{
    /// <summary>Deepest nesting of fields below the root, introspection fields excluded (default 20).</summary>
    public int MaxExecutionDepth { get; set; } = 20;

    /// <summary>Fields and aliases one operation selects, counted after fragment expansion (default 1000).</summary>
    public int MaxFields { get; set; } = 1000;

    /// <summary>Fragment spreads followed while expanding one operation (default 1000); bounds fragment fan-out.</summary>
    public int MaxFragmentVisits { get; set; } = 1000;

    /// <summary>Longest chain of nested <c>ofType</c> selections in introspection (default 16, as HotChocolate).</summary>
    public int MaxIntrospectionOfTypeDepth { get; set; } = 16;

    /// <summary>
    /// Deepest nesting of the introspection list fields <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> and
    /// <c>possibleTypes</c> (default 2: graphql-js refuses a third level).
    /// </summary>
    public int MaxIntrospectionListDepth { get; set; } = 2;

    /// <summary>Longest list accepted in a variable value, at any nesting level (default 1000).</summary>
    public int MaxInputListLength { get; set; } = 1000;
}
