using Microsoft.Extensions.Primitives;

namespace Gateway.GraphQL.Cost;

/// <summary>The <c>GraphQL-Cost</c> request header: <c>report</c> or <c>validate</c> (HotChocolate's names).</summary>
public static class CostHeader
{
    public const string Name = "GraphQL-Cost";

    public static CostReportMode Parse(StringValues values)
    {
        foreach (var value in values)
        {
            if (string.Equals(value?.Trim(), "report", StringComparison.OrdinalIgnoreCase))
            {
                return CostReportMode.Report;
            }

            if (string.Equals(value?.Trim(), "validate", StringComparison.OrdinalIgnoreCase))
            {
                return CostReportMode.Validate;
            }
        }

        return CostReportMode.None;
    }
}
