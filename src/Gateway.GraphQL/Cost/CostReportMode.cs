namespace Gateway.GraphQL.Cost;

/// <summary>What the <c>GraphQL-Cost</c> request header asks for.</summary>
public enum CostReportMode
{
    /// <summary>No header: the cost is enforced but not reported.</summary>
    None,

    /// <summary><c>GraphQL-Cost: report</c>: execute and add <c>extensions.operationCost</c>.</summary>
    Report,

    /// <summary><c>GraphQL-Cost: validate</c>: return <c>extensions.operationCost</c> without executing.</summary>
    Validate,
}
