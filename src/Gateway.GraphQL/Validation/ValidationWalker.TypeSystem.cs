using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Walking type-system definitions and extensions found in an executable document, in graphql-js's key order:
/// their directives, named types, fields, arguments, enum values and default values (descriptions are skipped;
/// no rule looks at them). ExecutableDefinitionsRule rejects these definitions; other rules still check what is
/// inside, as graphql-js does.
/// </summary>
internal sealed partial class ValidationWalker
{
    private void TypeSystemDefinition(DefinitionNode definition)
    {
        Enter(definition);
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                Directives(schema.Directives, schema);
                OperationTypes(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                Directives(schema.Directives, schema);
                OperationTypes(schema.OperationTypes);
                break;
            case ScalarTypeDefinitionNode scalar:
                Directives(scalar.Directives, scalar);
                break;
            case ScalarTypeExtensionNode scalar:
                Directives(scalar.Directives, scalar);
                break;
            case ObjectTypeDefinitionNode type:
                NamedTypes(type.Interfaces);
                Directives(type.Directives, type);
                FieldDefinitions(type.Fields);
                break;
            case ObjectTypeExtensionNode type:
                NamedTypes(type.Interfaces);
                Directives(type.Directives, type);
                FieldDefinitions(type.Fields);
                break;
            case InterfaceTypeDefinitionNode type:
                NamedTypes(type.Interfaces);
                Directives(type.Directives, type);
                FieldDefinitions(type.Fields);
                break;
            case InterfaceTypeExtensionNode type:
                NamedTypes(type.Interfaces);
                Directives(type.Directives, type);
                FieldDefinitions(type.Fields);
                break;
            case UnionTypeDefinitionNode union:
                Directives(union.Directives, union);
                NamedTypes(union.Types);
                break;
            case UnionTypeExtensionNode union:
                Directives(union.Directives, union);
                NamedTypes(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                Directives(enumType.Directives, enumType);
                EnumValues(enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                Directives(enumType.Directives, enumType);
                EnumValues(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                Directives(input.Directives, input);
                InputValueDefinitions(input.Fields, input);
                break;
            case InputObjectTypeExtensionNode input:
                Directives(input.Directives, input);
                InputValueDefinitions(input.Fields, input);
                break;
            case DirectiveDefinitionNode directive:
                InputValueDefinitions(directive.Arguments, directive);
                break;
            default:
                break;
        }

        Leave(definition);
    }

    private void OperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        for (var i = 0; i < operationTypes.Count; i++)
        {
            Enter(operationTypes[i]);
            Type(operationTypes[i].Type);
            Leave(operationTypes[i]);
        }
    }

    private void NamedTypes(IReadOnlyList<NamedTypeNode> types)
    {
        for (var i = 0; i < types.Count; i++)
        {
            Type(types[i]);
        }
    }

    private void FieldDefinitions(IReadOnlyList<FieldDefinitionNode> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            Enter(field);
            InputValueDefinitions(field.Arguments, field);
            Type(field.Type);
            Directives(field.Directives, field);
            Leave(field);
        }
    }

    private void InputValueDefinitions(IReadOnlyList<InputValueDefinitionNode> values, SyntaxNode parent)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            Enter(value);
            Type(value.Type);
            if (value.DefaultValue is not null)
            {
                Value(value.DefaultValue);
            }

            Directives(value.Directives, value, parent);
            Leave(value);
        }
    }

    private void EnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            Enter(values[i]);
            Directives(values[i].Directives, values[i]);
            Leave(values[i]);
        }
    }
}
