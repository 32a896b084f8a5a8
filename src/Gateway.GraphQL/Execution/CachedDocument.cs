using System.Collections.Concurrent;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Execution;

/// <summary>A parsed and validated document, with its fragments and (when plans do not depend on variables) root plans.</summary>
internal sealed class CachedDocument
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, FieldPlan[]> _rootPlans = new(ReferenceEqualityComparer.Instance);

    public CachedDocument(DocumentNode document, IReadOnlyList<GraphQLError> validationErrors, ExecutableSchema schema)
    {
        Document = document;
        ValidationErrors = validationErrors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operations = new List<OperationDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case FragmentDefinitionNode fragment:
                    fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
                case OperationDefinitionNode operation:
                    operations.Add(operation);
                    break;
            }
        }

        Fragments = fragments;
        Operations = operations;
        HasVariableConditions = FieldPlanner.HasVariableConditions(document);
        SharedPlanner = HasVariableConditions ? null : new FieldPlanner(schema, fragments, null);
    }

    public DocumentNode Document { get; }

    public IReadOnlyList<GraphQLError> ValidationErrors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    /// <summary>True when some @skip/@include reads a variable, so plans are built per request.</summary>
    public bool HasVariableConditions { get; }

    private FieldPlanner? SharedPlanner { get; }

    public FieldPlan[] GetRootPlans(ExecutableSchema schema, Types.ObjectType rootType, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        if (SharedPlanner is { } shared)
        {
            return _rootPlans.GetOrAdd(operation, static (op, state) => state.Planner.CollectRootFields(state.RootType, op.SelectionSet), (Planner: shared, RootType: rootType));
        }

        return new FieldPlanner(schema, Fragments, variables).CollectRootFields(rootType, operation.SelectionSet);
    }
}
