using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Introspection depth (graphql-js 16.15's recommended rule, part of its <c>specifiedRules</c>): an introspection
/// query may not nest the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c>
/// three deep, directly or through fragments, which would let a small query produce a huge response.
/// </summary>
internal sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    private readonly Dictionary<string, int> checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> exceededFragments = new(StringComparer.Ordinal);

    public MaxIntrospectionDepthRule()
        : base(nameof(MaxIntrospectionDepthRule), "sec-Schema-Introspection", Kinds(SyntaxKind.Field))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var field = (FieldNode)node;
        if (field.Name.Value is not ("__schema" or "__type"))
        {
            return true;
        }

        if (CheckDepth(context, field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            context.ReportError(this, "Maximum introspection depth exceeded", field);
            return false;
        }

        return true;
    }

    /// <summary>True when the node reaches the depth limit; fragments remember the entry depths already checked.</summary>
    private bool CheckDepth(ValidationContext context, SyntaxNode node, Dictionary<string, int> visitedFragments, int depth)
    {
        SelectionSetNode? selectionSet;
        switch (node)
        {
            case FragmentSpreadNode spread:
            {
                var name = spread.Name.Value;
                if (exceededFragments.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
                {
                    return true;
                }

                if ((visitedFragments.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                    || (checkedFragments.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
                {
                    return false;
                }

                if (context.GetFragment(name) is not { } fragment)
                {
                    return false;
                }

                visitedFragments[name] = depth;
                if (CheckDepth(context, fragment, visitedFragments, depth))
                {
                    exceededFragments[name] = depth;
                    return true;
                }

                checkedFragments[name] = depth;
                return false;
            }

            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                {
                    return true;
                }

                selectionSet = field.SelectionSet;
                break;

            case InlineFragmentNode inline:
                selectionSet = inline.SelectionSet;
                break;

            case FragmentDefinitionNode fragment:
                selectionSet = fragment.SelectionSet;
                break;

            default:
                return false;
        }

        if (selectionSet is not null)
        {
            foreach (var child in selectionSet.Selections)
            {
                if (CheckDepth(context, child, visitedFragments, depth))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
