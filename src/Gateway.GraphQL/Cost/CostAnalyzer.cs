using System.Globalization;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Cost;

/// <summary>
/// Computes an operation's field cost and type cost (IBM cost specification, HotChocolate defaults) from the
/// request's actual variable values: a <c>first: $n</c> slicing argument counts as the value sent, not as the
/// worst case of <c>Int</c>. Introspection fields cost nothing here (the introspection depth limits bound them).
/// </summary>
internal sealed partial class CostAnalyzer
{
    private readonly Schema _schema;
    private readonly Func<INamedType, string, bool> _hasResolver;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly CostOptions _options;
    private readonly HashSet<string> _fragmentPath = new(StringComparer.Ordinal);

    private CostAnalyzer(
        Schema schema,
        Func<INamedType, string, bool> hasResolver,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        CostOptions options)
    {
        _schema = schema;
        _hasResolver = hasResolver;
        _fragments = fragments;
        _variables = variables;
        _options = options;
    }

    public static OperationCost Analyze(
        Schema schema,
        Func<INamedType, string, bool> hasResolver,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        CostOptions options)
    {
        var analyzer = new CostAnalyzer(schema, hasResolver, fragments, variables, options);
        var (fieldCost, typeCost) = analyzer.SelectionSetCost(operation.SelectionSet, rootType, null);
        return new OperationCost(fieldCost, typeCost + 1);
    }

    /// <summary>
    /// The cost of a selection set. Under an abstract type only one possible type's selections run for each value,
    /// so the cost is that of the most expensive possible type, not the sum of every type-conditioned branch.
    /// </summary>
    private (double Field, double Type) SelectionSetCost(SelectionSetNode selectionSet, INamedType parent, SizedFields? sized)
    {
        if (parent is not (InterfaceType or UnionType))
        {
            return ConcreteSelectionSetCost(selectionSet, parent, sized);
        }

        var possible = _schema.GetPossibleTypes(parent);
        if (possible.Count == 0)
        {
            return ConcreteSelectionSetCost(selectionSet, parent, sized);
        }

        (double Field, double Type) highest = (0, 0);
        foreach (var objectType in possible)
        {
            var cost = ConcreteSelectionSetCost(selectionSet, objectType, sized);
            highest = (Math.Max(highest.Field, cost.Field), Math.Max(highest.Type, cost.Type));
        }

        return highest;
    }

    private (double Field, double Type) ConcreteSelectionSetCost(SelectionSetNode selectionSet, INamedType parent, SizedFields? sized)
    {
        double field = 0;
        double type = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (!IsIncluded(selection))
            {
                continue;
            }

            (double Field, double Type) cost = selection switch
            {
                FieldNode node => FieldCost(node, parent, sized),
                InlineFragmentNode inline => Applies(inline.TypeCondition, parent)
                    ? ConcreteSelectionSetCost(inline.SelectionSet, parent, sized)
                    : (0, 0),
                FragmentSpreadNode spread => SpreadCost(spread, parent, sized),
                _ => (0, 0),
            };
            field += cost.Field;
            type += cost.Type;
        }

        return (field, type);
    }

    private (double Field, double Type) SpreadCost(FragmentSpreadNode spread, INamedType parent, SizedFields? sized)
    {
        var name = spread.Name.Value;
        if (!_fragments.TryGetValue(name, out var fragment) || !Applies(fragment.TypeCondition, parent) || !_fragmentPath.Add(name))
        {
            return (0, 0);
        }

        var cost = ConcreteSelectionSetCost(fragment.SelectionSet, parent, sized);
        _fragmentPath.Remove(name);
        return cost;
    }

    /// <summary>
    /// Whether a fragment with this type condition runs for <paramref name="parent"/>: always for an object type
    /// that is, or belongs to, the condition; for an abstract parent (no possible types known) when the condition
    /// is the parent itself or could overlap it.
    /// </summary>
    private bool Applies(NamedTypeNode? condition, INamedType parent)
    {
        if (condition is null || condition.Name.Value == parent.Name)
        {
            return true;
        }

        if (_schema.GetType(condition.Name.Value) is not { } conditionType || !conditionType.IsCompositeType())
        {
            return false;
        }

        return parent is ObjectType
            ? conditionType is InterfaceType or UnionType && _schema.IsSubType(conditionType, parent)
            : TypeComparators.DoTypesOverlap(_schema, conditionType, parent);
    }

    private (double Field, double Type) FieldCost(FieldNode node, INamedType parent, SizedFields? sized)
    {
        var name = node.Name.Value;
        if (name.StartsWith("__", StringComparison.Ordinal) || _schema.GetField(parent, name) is not { } definition)
        {
            return (0, 0);
        }

        var namedType = definition.Type.NamedType();
        var composite = namedType.IsCompositeType();
        var listSize = FindDirective(definition, "listSize");
        var weight = FindDirective(definition, "cost") is { } cost && ReadWeight(cost) is { } explicitWeight
            ? explicitWeight
            : _options.FieldWeights.Count > 0 && _options.FieldWeights.TryGetValue($"{parent.Name}.{name}", out var configuredWeight) ? configuredWeight
            : TypeWeight(namedType) is { } typeWeight ? typeWeight
            : _hasResolver(parent, name) ? _options.DefaultResolverCost : composite ? 1 : 0;
        weight += ArgumentsCost(node, definition);

        var ownSize = listSize is not null ? ListSize(listSize, node, definition)
            : _options.ListSizes.Count > 0 && _options.ListSizes.TryGetValue($"{parent.Name}.{name}", out var configured) ? configured
            : _options.DefaultListSize;
        double size = 1;
        if (sized is { } fromParent && fromParent.Names.Contains(name))
        {
            size = fromParent.Size;
        }
        else if (definition.Type.NullableType() is ListType)
        {
            size = ownSize;
        }

        var children = (Field: 0d, Type: 0d);
        if (composite && node.SelectionSet is { } selectionSet)
        {
            var childSized = listSize is not null && ReadStrings(listSize, "sizedFields") is { Count: > 0 } names ? new SizedFields(names, ownSize) : null;
            children = SelectionSetCost(selectionSet, namedType, childSized);
        }

        return (weight + (size * children.Field), composite ? size * (1 + children.Type) : 0);
    }

    private sealed record SizedFields(IReadOnlyList<string> Names, double Size);

    private static double? ReadWeight(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "weight" && argument.Value is StringValueNode text
                && double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                return weight;
            }
        }

        return null;
    }
}
