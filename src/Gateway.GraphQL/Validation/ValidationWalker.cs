using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Walks an executable document once, in graphql-js's visiting order, keeping <see cref="TypeInfo"/> up to date and
/// calling every rule that asked for the node's kind (graphql-js's <c>visitInParallel</c> + <c>visitWithTypeInfo</c>).
/// A rule that returns false from Enter skips that node's subtree; the other rules still see it.
/// Type-system definitions (not executable, but graphql-js walks them too) are walked in <c>ValidationWalker.TypeSystem.cs</c>.
/// </summary>
internal sealed partial class ValidationWalker
{
    private readonly ValidationContext context;
    private readonly TypeInfo typeInfo;
    private readonly ValidationRule[] rules;
    private readonly int[][] enterByKind;
    private readonly int[][] leaveByKind;
    private readonly SyntaxNode?[] skipping;
    private int skippingCount;

    public ValidationWalker(ValidationContext context, ValidationRulePlan plan)
    {
        this.context = context;
        typeInfo = context.TypeInfo;
        rules = plan.CreateRules();
        enterByKind = plan.EnterByKind;
        leaveByKind = plan.LeaveByKind;
        skipping = new SyntaxNode?[rules.Length];
    }

    public void Walk(DocumentNode document)
    {
        Enter(document);
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            context.CurrentDefinition = definitions[i];
            switch (definitions[i])
            {
                case OperationDefinitionNode operation:
                    Operation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    Fragment(fragment);
                    break;
                default:
                    TypeSystemDefinition(definitions[i]);
                    break;
            }
        }

        Leave(document);
    }

    private void Enter(SyntaxNode node)
    {
        typeInfo.Enter(node);
        var indices = enterByKind[(int)node.Kind];
        for (var i = 0; i < indices.Length; i++)
        {
            var index = indices[i];
            if (skipping[index] is null && !rules[index].Enter(context, node))
            {
                skipping[index] = node;
                skippingCount++;
            }
        }
    }

    private void Leave(SyntaxNode node)
    {
        var indices = leaveByKind[(int)node.Kind];
        for (var i = 0; i < indices.Length; i++)
        {
            var index = indices[i];
            if (skipping[index] is null)
            {
                rules[index].Leave(context, node);
            }
        }

        if (skippingCount > 0)
        {
            for (var i = 0; i < skipping.Length; i++)
            {
                if (ReferenceEquals(skipping[i], node))
                {
                    skipping[i] = null;
                    skippingCount--;
                }
            }
        }

        typeInfo.Leave(node);
    }

    private void Operation(OperationDefinitionNode operation)
    {
        Enter(operation);
        var variables = operation.VariableDefinitions;
        for (var i = 0; i < variables.Count; i++)
        {
            VariableDefinition(variables[i]);
        }

        Directives(operation.Directives, operation);
        SelectionSet(operation.SelectionSet);
        Leave(operation);
    }

    private void Fragment(FragmentDefinitionNode fragment)
    {
        Enter(fragment);
        Type(fragment.TypeCondition);
        Directives(fragment.Directives, fragment);
        SelectionSet(fragment.SelectionSet);
        Leave(fragment);
    }

    private void VariableDefinition(VariableDefinitionNode definition)
    {
        Enter(definition);
        Type(definition.Type);
        if (definition.DefaultValue is not null)
        {
            Value(definition.DefaultValue);
        }

        Directives(definition.Directives, definition);
        Leave(definition);
    }

    private void SelectionSet(SelectionSetNode selectionSet)
    {
        Enter(selectionSet);
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    Field(field);
                    break;
                case FragmentSpreadNode spread:
                    Enter(spread);
                    Directives(spread.Directives, spread);
                    Leave(spread);
                    break;
                case InlineFragmentNode inline:
                    Enter(inline);
                    if (inline.TypeCondition is not null)
                    {
                        Type(inline.TypeCondition);
                    }

                    Directives(inline.Directives, inline);
                    SelectionSet(inline.SelectionSet);
                    Leave(inline);
                    break;
                default:
                    break;
            }
        }

        Leave(selectionSet);
    }

    private void Field(FieldNode field)
    {
        Enter(field);
        Arguments(field.Arguments);
        Directives(field.Directives, field);
        if (field.SelectionSet is not null)
        {
            SelectionSet(field.SelectionSet);
        }

        Leave(field);
    }

    private void Arguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            Enter(argument);
            Value(argument.Value);
            Leave(argument);
        }
    }

    private void Directives(IReadOnlyList<DirectiveNode> directives, SyntaxNode owner, SyntaxNode? ownerParent = null)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            context.DirectiveOwner = owner;
            context.DirectiveOwnerParent = ownerParent;
            Enter(directive);
            Arguments(directive.Arguments);
            Leave(directive);
        }
    }

    private void Value(ValueNode value)
    {
        Enter(value);
        switch (value)
        {
            case ListValueNode list:
                for (var i = 0; i < list.Values.Count; i++)
                {
                    Value(list.Values[i]);
                }

                break;
            case ObjectValueNode obj:
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    var field = obj.Fields[i];
                    Enter(field);
                    Value(field.Value);
                    Leave(field);
                }

                break;
            default:
                break;
        }

        Leave(value);
    }

    private void Type(TypeNode type)
    {
        Enter(type);
        switch (type)
        {
            case ListTypeNode list:
                Type(list.Type);
                break;
            case NonNullTypeNode nonNull:
                Type(nonNull.Type);
                break;
            default:
                break;
        }

        Leave(type);
    }
}
