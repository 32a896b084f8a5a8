using Gateway.GraphQL.Cost;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>The executor's hook to <see cref="CostAnalyzer"/>: enforce the limits, answer <c>GraphQL-Cost: validate</c>, report.</summary>
internal static class CostGate
{
    public const string ExtensionKey = "operationCost";

    /// <summary>Computes the cost; <paramref name="result"/> is set when the request ends here (over a limit, or validate mode).</summary>
    public static OperationCost Check(
        ExecutableSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        CostOptions options,
        CostReportMode mode,
        out ExecutionResult? result)
    {
        result = null;
        var enforce = options.EnforceCostLimits
            ?? (options.ListSizes.Count > 0 || options.FieldWeights.Count > 0
                || schema.Schema.GetDirective("cost") is not null || schema.Schema.GetDirective("listSize") is not null);
        if (!enforce && mode == CostReportMode.None)
        {
            return default;
        }

        var cost = CostAnalyzer.Analyze(schema.Schema, (type, field) => HasResolver(schema, type, field), fragments, operation, rootType, variables, options);
        GraphQLError? error = null;
        if (enforce && cost.FieldCost > options.MaxFieldCost)
        {
            error = new GraphQLError(
                $"The operation's field cost of {cost.FieldCost} exceeds the maximum field cost of {options.MaxFieldCost} (GraphQL:Cost:MaxFieldCost).",
                ErrorCodes.MaxFieldCostExceeded,
                ExecutionErrors.LocationsOf(operation));
        }
        else if (enforce && cost.TypeCost > options.MaxTypeCost)
        {
            error = new GraphQLError(
                $"The operation's type cost of {cost.TypeCost} exceeds the maximum type cost of {options.MaxTypeCost} (GraphQL:Cost:MaxTypeCost).",
                ErrorCodes.MaxTypeCostExceeded,
                ExecutionErrors.LocationsOf(operation));
        }

        if (error is not null)
        {
            result = ExecutionResult.FromError(error).WithExtension(ExtensionKey, cost.ToExtension());
        }
        else if (mode == CostReportMode.Validate)
        {
            result = ExecutionResult.FromErrors([], ResultKind.Data).WithExtension(ExtensionKey, cost.ToExtension());
        }

        return cost;
    }

    public static async Task<ExecutionResult> ReportAsync(Task<ExecutionResult> execution, OperationCost cost) =>
        (await execution).WithExtension(ExtensionKey, cost.ToExtension());

    private static bool HasResolver(ExecutableSchema schema, INamedType parent, string field)
    {
        if (parent is ObjectType objectType)
        {
            return schema.GetResolver(objectType, field) is not null;
        }

        foreach (var possible in schema.Schema.GetPossibleTypes(parent))
        {
            if (schema.GetResolver(possible, field) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
