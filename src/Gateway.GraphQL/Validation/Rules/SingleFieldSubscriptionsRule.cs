using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Single root field: a subscription selects exactly one top-level field (after fragments and literal
/// <c>@skip</c>/<c>@include</c> are applied), and that field is not an introspection field.
/// </summary>
internal sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public SingleFieldSubscriptionsRule()
        : base(nameof(SingleFieldSubscriptionsRule), "sec-Single-root-field", Kinds(SyntaxKind.OperationDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return true;
        }

        var fields = new List<KeyValuePair<string, List<FieldNode>>>();
        CollectFields(context, subscriptionType, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var name = operation.Name?.Value;
        if (fields.Count > 1)
        {
            var extra = new List<FieldNode>();
            for (var i = 1; i < fields.Count; i++)
            {
                extra.AddRange(fields[i].Value);
            }

            var message = name is null
                ? "Anonymous Subscription must select only one top level field."
                : $"Subscription \"{name}\" must select only one top level field.";
            context.ReportError(this, message, extra);
        }

        foreach (var (_, fieldNodes) in fields)
        {
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                var message = name is null
                    ? "Anonymous Subscription must not select an introspection top level field."
                    : $"Subscription \"{name}\" must not select an introspection top level field.";
                context.ReportError(this, message, fieldNodes);
            }
        }

        return true;
    }

    /// <summary>The execution's CollectFields, with no variable values (a condition on a variable counts as included).</summary>
    private static void CollectFields(
        ValidationContext context,
        ObjectType runtimeType,
        SelectionSetNode selectionSet,
        List<KeyValuePair<string, List<FieldNode>>> fields,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(field.Directives):
                {
                    var key = field.Alias?.Value ?? field.Name.Value;
                    var index = fields.FindIndex(pair => pair.Key == key);
                    if (index < 0)
                    {
                        fields.Add(new KeyValuePair<string, List<FieldNode>>(key, [field]));
                    }
                    else
                    {
                        fields[index].Value.Add(field);
                    }

                    break;
                }

                case InlineFragmentNode inline when ShouldInclude(inline.Directives) && ConditionMatches(context.Schema, inline.TypeCondition, runtimeType):
                    CollectFields(context, runtimeType, inline.SelectionSet, fields, visitedFragments);
                    break;

                case FragmentSpreadNode spread when ShouldInclude(spread.Directives):
                {
                    var fragmentName = spread.Name.Value;
                    if (!visitedFragments.Add(fragmentName))
                    {
                        break;
                    }

                    if (context.GetFragment(fragmentName) is { } fragment && ConditionMatches(context.Schema, fragment.TypeCondition, runtimeType))
                    {
                        CollectFields(context, runtimeType, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
                }

                default:
                    break;
            }
        }
    }

    private static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if" && argument.Value is BooleanValueNode condition && condition.Value == (name == "skip"))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool ConditionMatches(Schema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = ValidationTypes.Resolve(schema, condition) as INamedType;
        if (conditionType is null)
        {
            return false;
        }

        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType.IsAbstractType() && schema.IsSubType(conditionType, type);
    }
}
