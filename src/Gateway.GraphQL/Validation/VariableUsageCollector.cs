using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Finds the variable usages of one operation or fragment with the input type expected at each, without
/// following fragment spreads and without looking inside variable definitions. A light, recursive version of
/// graphql-js's <c>getVariableUsages</c> (which walks with a fresh TypeInfo): same types, no visitor overhead.
/// </summary>
internal sealed class VariableUsageCollector
{
    private readonly Schema schema;
    private readonly List<VariableUsage> usages = [];
    private OutputField? fieldDef;

    private VariableUsageCollector(Schema schema)
    {
        this.schema = schema;
    }

    public static IReadOnlyList<VariableUsage> Collect(Schema schema, ExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(schema);
        switch (definition)
        {
            case OperationDefinitionNode operation:
            {
                var root = operation.Operation switch
                {
                    OperationType.Query => schema.QueryType,
                    OperationType.Mutation => schema.MutationType,
                    _ => schema.SubscriptionType,
                };
                collector.Directives(operation.Directives);
                collector.SelectionSet(operation.SelectionSet, root);
                break;
            }

            case FragmentDefinitionNode fragment:
            {
                var type = ValidationTypes.Resolve(collector.schema, fragment.TypeCondition);
                var outputType = type is not null && type.IsOutputType() ? type : null;
                collector.Directives(fragment.Directives);
                collector.SelectionSet(fragment.SelectionSet, outputType);
                break;
            }

            default:
                break;
        }

        return collector.usages.Count == 0 ? [] : collector.usages;
    }

    private void SelectionSet(SelectionSetNode selectionSet, IType? enclosingType)
    {
        var named = enclosingType?.NamedType();
        var parentType = named is not null && named.IsCompositeType() ? named : null;
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                {
                    var def = parentType is null ? null : schema.GetField(parentType, field.Name.Value);
                    var previous = fieldDef;
                    fieldDef = def;
                    if (field.Arguments.Count > 0)
                    {
                        Arguments(field.Arguments, def?.Arguments);
                    }

                    Directives(field.Directives);
                    if (field.SelectionSet is not null)
                    {
                        var fieldType = def?.Type;
                        SelectionSet(field.SelectionSet, fieldType is not null && fieldType.IsOutputType() ? fieldType : null);
                    }

                    fieldDef = previous;
                    break;
                }

                case InlineFragmentNode inline:
                {
                    var type = inline.TypeCondition is null ? enclosingType?.NamedType() : ValidationTypes.Resolve(schema, inline.TypeCondition);
                    Directives(inline.Directives);
                    SelectionSet(inline.SelectionSet, type is not null && type.IsOutputType() ? type : null);
                    break;
                }

                case FragmentSpreadNode spread:
                    Directives(spread.Directives);
                    break;

                default:
                    break;
            }
        }
    }

    private void Directives(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            if (directive.Arguments.Count == 0)
            {
                continue;
            }

            // Like TypeInfo: an unknown directive's arguments are looked up on the enclosing field.
            var definition = schema.GetDirective(directive.Name.Value);
            Arguments(directive.Arguments, definition?.Arguments ?? fieldDef?.Arguments);
        }
    }

    private void Arguments(IReadOnlyList<ArgumentNode> arguments, IReadOnlyDictionary<string, InputValue>? definitions)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            InputValue? argDef = null;
            definitions?.TryGetValue(argument.Name.Value, out argDef);
            var type = argDef?.Type;
            Value(argument.Value, type is not null && type.IsInputType() ? type : null, argDef is not null && argDef.HasDefaultValue, null);
        }
    }

    private void Value(ValueNode value, IType? type, bool hasDefault, IType? parentType)
    {
        switch (value)
        {
            case VariableNode variable:
                usages.Add(new VariableUsage(variable, type, hasDefault, parentType));
                break;

            case ListValueNode list:
            {
                var listType = type?.NullableType();
                var itemType = listType is ListType l ? l.OfType : listType;
                itemType = itemType is not null && itemType.IsInputType() ? itemType : null;
                for (var i = 0; i < list.Values.Count; i++)
                {
                    Value(list.Values[i], itemType, false, type);
                }

                break;
            }

            case ObjectValueNode obj:
            {
                var objectType = type?.NamedType() as InputObjectType;
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    var field = obj.Fields[i];
                    InputValue? fieldDefinition = null;
                    objectType?.Fields.TryGetValue(field.Name.Value, out fieldDefinition);
                    var fieldType = fieldDefinition?.Type;
                    Value(field.Value, fieldType is not null && fieldType.IsInputType() ? fieldType : null, fieldDefinition is not null && fieldDefinition.HasDefaultValue, type);
                }

                break;
            }

            default:
                break;
        }
    }
}
