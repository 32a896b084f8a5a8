using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The spec's CollectFields: merges fields by response key across fragments and inline fragments, honouring
/// @skip/@include. A planner built without variables is shared by every request of a cached document (only valid
/// when no @skip/@include depends on a variable); otherwise a planner is created per request.
/// </summary>
internal sealed class FieldPlanner
{
    private readonly ExecutableSchema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?>? _variables;

    public FieldPlanner(ExecutableSchema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?>? variables)
    {
        _schema = schema;
        _fragments = fragments;
        _variables = variables;
    }

    public FieldPlan[] CollectRootFields(ObjectType rootType, SelectionSetNode selectionSet)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        Collect(rootType, selectionSet, grouped, order, null);
        return BuildPlans(rootType, grouped, order);
    }

    public FieldPlan[] CollectSubFields(ObjectType type, List<FieldNode> fieldNodes)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Collect(type, selectionSet, grouped, order, visited);
            }
        }

        return BuildPlans(type, grouped, order);
    }

    private FieldPlan[] BuildPlans(ObjectType type, Dictionary<string, List<FieldNode>> grouped, List<string> order)
    {
        var plans = new List<FieldPlan>(order.Count);
        foreach (var key in order)
        {
            var nodes = grouped[key];
            var name = nodes[0].Name.Value;
            var field = _schema.Schema.GetField(type, name);
            if (field is null)
            {
                continue;
            }

            plans.Add(new FieldPlan(key, nodes, type, field, _schema.GetResolver(type, name), this));
        }

        // One array of response keys per selection, shared by every result object built from it.
        var keys = new string[plans.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = plans[i].ResponseKey;
            plans[i].SiblingKeys = keys;
        }

        return [.. plans];
    }

    private void Collect(
        ObjectType type,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> grouped,
        List<string> order,
        HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field.Directives))
                    {
                        continue;
                    }

                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        list = [];
                        grouped[key] = list;
                        order.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline.Directives) || !DoesFragmentApply(type, inline.TypeCondition))
                    {
                        continue;
                    }

                    Collect(type, inline.SelectionSet, grouped, order, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    var fragmentName = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (visitedFragments.Contains(fragmentName) || !ShouldInclude(spread.Directives))
                    {
                        continue;
                    }

                    visitedFragments.Add(fragmentName);
                    if (!_fragments.TryGetValue(fragmentName, out var fragment) || !DoesFragmentApply(type, fragment.TypeCondition))
                    {
                        continue;
                    }

                    Collect(type, fragment.SelectionSet, grouped, order, visitedFragments);
                    break;
            }
        }
    }

    private bool DoesFragmentApply(ObjectType type, NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = _schema.Schema.GetType(typeCondition.Name.Value);
        if (conditionType is null)
        {
            return false;
        }

        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is InterfaceType or UnionType && _schema.Schema.IsSubType(conditionType, type);
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return true;
        }

        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            var isSkip = string.Equals(name, "skip", StringComparison.Ordinal);
            if (!isSkip && !string.Equals(name, "include", StringComparison.Ordinal))
            {
                continue;
            }

            var condition = EvaluateIf(directive);
            if (isSkip == condition)
            {
                return false;
            }
        }

        return true;
    }

    private bool EvaluateIf(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (!string.Equals(argument.Name.Value, "if", StringComparison.Ordinal))
            {
                continue;
            }

            return argument.Value switch
            {
                BooleanValueNode boolean => boolean.Value,
                VariableNode variable => _variables is not null && _variables.TryGetValue(variable.Name.Value, out var value) && value is true,
                _ => false,
            };
        }

        return false;
    }

    /// <summary>True when some @skip/@include in the document takes its condition from a variable.</summary>
    public static bool HasVariableConditions(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            var selectionSet = definition switch
            {
                OperationDefinitionNode operation => operation.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null && HasVariableConditions(selectionSet))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVariableConditions(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var (directives, child) = selection switch
            {
                FieldNode field => (field.Directives, field.SelectionSet),
                InlineFragmentNode inline => (inline.Directives, inline.SelectionSet),
                FragmentSpreadNode spread => (spread.Directives, (SelectionSetNode?)null),
                _ => ((IReadOnlyList<DirectiveNode>)[], null),
            };
            foreach (var directive in directives)
            {
                if (directive.Arguments.Any(a => a.Value is VariableNode))
                {
                    return true;
                }
            }

            if (child is not null && HasVariableConditions(child))
            {
                return true;
            }
        }

        return false;
    }
}
