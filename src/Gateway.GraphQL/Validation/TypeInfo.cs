using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Tracks, while walking an executable document, the schema types at the current position: the output type,
/// the enclosing composite type, the field definition, the expected input type and whether the position has a
/// default value, and the current directive and argument definitions. Same semantics as graphql-js's TypeInfo.
/// </summary>
internal sealed class TypeInfo
{
    private readonly Schema schema;
    private readonly List<IType?> typeStack = new(16);
    private readonly List<INamedType?> parentTypeStack = new(16);
    private readonly List<IType?> inputTypeStack = new(8);
    private readonly List<OutputField?> fieldDefStack = new(16);
    private readonly List<bool> defaultValueStack = new(8);

    public TypeInfo(Schema schema)
    {
        this.schema = schema;
    }

    /// <summary>The output type at the current position (the field's type, the fragment's or operation's type).</summary>
    public IType? Type => typeStack.Count > 0 ? typeStack[^1] : null;

    /// <summary>The composite type whose selection set is being walked.</summary>
    public INamedType? ParentType => parentTypeStack.Count > 0 ? parentTypeStack[^1] : null;

    /// <summary>The input type expected by the current value position.</summary>
    public IType? InputType => inputTypeStack.Count > 0 ? inputTypeStack[^1] : null;

    /// <summary>The input type one level above the current value position.</summary>
    public IType? ParentInputType => inputTypeStack.Count > 1 ? inputTypeStack[^2] : null;

    /// <summary>The definition of the field being walked.</summary>
    public OutputField? FieldDef => fieldDefStack.Count > 0 ? fieldDefStack[^1] : null;

    /// <summary>Whether the current value position (argument or input field) has a default value.</summary>
    public bool HasDefaultValue => defaultValueStack.Count > 0 && defaultValueStack[^1];

    /// <summary>The directive being walked, if it is defined.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the argument being walked, if it is defined.</summary>
    public InputValue? Argument { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
            {
                var named = Type?.NamedType();
                parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            }

            case SyntaxKind.Field:
            {
                var parentType = ParentType;
                var fieldDef = parentType is null ? null : schema.GetField(parentType, ((FieldNode)node).Name.Value);
                var fieldType = fieldDef?.Type;
                fieldDefStack.Add(fieldDef);
                typeStack.Add(fieldType is not null && fieldType.IsOutputType() ? fieldType : null);
                break;
            }

            case SyntaxKind.Directive:
                Directive = schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;

            case SyntaxKind.OperationDefinition:
                typeStack.Add(RootType(((OperationDefinitionNode)node).Operation));
                break;

            case SyntaxKind.InlineFragment:
            {
                var condition = ((InlineFragmentNode)node).TypeCondition;
                var type = condition is null ? Type?.NamedType() : ValidationTypes.Resolve(schema, condition);
                typeStack.Add(type is not null && type.IsOutputType() ? type : null);
                break;
            }

            case SyntaxKind.FragmentDefinition:
            {
                var type = ValidationTypes.Resolve(schema, ((FragmentDefinitionNode)node).TypeCondition);
                typeStack.Add(type is not null && type.IsOutputType() ? type : null);
                break;
            }

            case SyntaxKind.VariableDefinition:
            {
                var type = ValidationTypes.Resolve(schema, ((VariableDefinitionNode)node).Type);
                inputTypeStack.Add(type is not null && type.IsInputType() ? type : null);
                break;
            }

            case SyntaxKind.Argument:
            {
                InputValue? argDef = null;
                var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
                arguments?.TryGetValue(((ArgumentNode)node).Name.Value, out argDef);
                Argument = argDef;
                defaultValueStack.Add(argDef is not null && argDef.HasDefaultValue);
                var argType = argDef?.Type;
                inputTypeStack.Add(argType is not null && argType.IsInputType() ? argType : null);
                break;
            }

            case SyntaxKind.ListValue:
            {
                var listType = InputType?.NullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                defaultValueStack.Add(false);
                inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            }

            case SyntaxKind.ObjectField:
            {
                InputValue? inputField = null;
                if (InputType?.NamedType() is InputObjectType objectType)
                {
                    objectType.Fields.TryGetValue(((ObjectFieldNode)node).Name.Value, out inputField);
                }

                defaultValueStack.Add(inputField is not null && inputField.HasDefaultValue);
                var fieldType = inputField?.Type;
                inputTypeStack.Add(fieldType is not null && fieldType.IsInputType() ? fieldType : null);
                break;
            }

            default:
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(fieldDefStack);
                Pop(typeStack);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(defaultValueStack);
                Pop(inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(defaultValueStack);
                Pop(inputTypeStack);
                break;
            default:
                break;
        }
    }

    private ObjectType? RootType(OperationType operation) => operation switch
    {
        OperationType.Query => schema.QueryType,
        OperationType.Mutation => schema.MutationType,
        _ => schema.SubscriptionType,
    };

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
