namespace Gateway.Upstream;

/// <summary>How a filter condition joins the next one. Chatwoot applies AND before OR, with no grouping.</summary>
public enum FilterQueryOperator
{
    /// <summary><c>AND</c>.</summary>
    And,

    /// <summary><c>OR</c>.</summary>
    Or,
}
