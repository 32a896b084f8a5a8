using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// The specification's "Type Validation" rules with graphql-js's <c>validateSchema</c> messages: names, fields and
/// arguments of the right kind, interface implementation, union members, enum values, input objects and their cycles.
/// </summary>
internal sealed partial class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<GraphQLError> _errors = [];

    public SchemaValidator(Schema schema)
    {
        _schema = schema;
    }

    public IReadOnlyList<GraphQLError> Validate()
    {
        ValidateDirectives();
        var cycles = new InputObjectCycleDetector(this);
        foreach (var type in _schema.Types.Values)
        {
            if (IntrospectionTypes.IsIntrospectionTypeName(type.Name) || type is ScalarType { IsBuiltIn: true })
            {
                continue;
            }

            ValidateName(type.Name, NodeOf(type));
            switch (type)
            {
                case ObjectType objectType:
                    ValidateFields(objectType, objectType.SyntaxNode, objectType.ExtensionNodes);
                    ValidateInterfaces(objectType);
                    break;
                case InterfaceType interfaceType:
                    ValidateFields(interfaceType, interfaceType.SyntaxNode, interfaceType.ExtensionNodes);
                    ValidateInterfaces(interfaceType);
                    break;
                case UnionType unionType:
                    ValidateUnionMembers(unionType);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType inputType:
                    ValidateInputFields(inputType);
                    cycles.Detect(inputType);
                    break;
            }
        }

        return _errors;
    }

    internal void ReportCycle(string message, IEnumerable<SyntaxNode?> nodes) => Report(message, [.. nodes]);

    private void Report(string message, params SyntaxNode?[] nodes) => _errors.Add(SchemaBuilder.Error(message, nodes));

    private static SyntaxNode? NodeOf(INamedType type) => type switch
    {
        ObjectType t => t.SyntaxNode,
        InterfaceType t => t.SyntaxNode,
        UnionType t => t.SyntaxNode,
        EnumType t => t.SyntaxNode,
        InputObjectType t => t.SyntaxNode,
        ScalarType t => t.SyntaxNode,
        _ => null,
    };

    private static SyntaxNode?[] AllNodes(SyntaxNode? definition, IEnumerable<SyntaxNode> extensions) => [definition, .. extensions];

    private static DirectiveNode? DeprecatedDirective(IReadOnlyList<DirectiveNode> directives) =>
        directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    private static bool IsRequired(InputValue value) => value.Type is NonNullType && !value.HasDefaultValue;

    private void ValidateName(string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            if (directive.IsBuiltIn)
            {
                continue;
            }

            ValidateName(directive.Name, directive.SyntaxNode);
            foreach (var argument in directive.Arguments.Values)
            {
                ValidateName(argument.Name, argument.SyntaxNode);
                if (!argument.Type.IsInputType())
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type.Print()}.", argument.SyntaxNode);
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirective(argument.Directives), argument.SyntaxNode?.Type);
                }
            }
        }
    }

    private void ValidateFields(IComplexOutputType type, SyntaxNode? definition, IEnumerable<SyntaxNode> extensions)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", AllNodes(definition, extensions));
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.SyntaxNode);
            if (!field.Type.IsOutputType())
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type.Print()}.", field.SyntaxNode?.Type);
            }

            foreach (var argument in field.Arguments.Values)
            {
                ValidateName(argument.Name, argument.SyntaxNode);
                if (!argument.Type.IsInputType())
                {
                    Report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type.Print()}.", argument.SyntaxNode?.Type);
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirective(argument.Directives), argument.SyntaxNode?.Type);
                }
            }
        }
    }

    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0 && !HasNonObjectMembers(union))
        {
            Report($"Union type {union.Name} must define one or more member types.", AllNodes(union.SyntaxNode, union.ExtensionNodes));
        }

        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!included.Add(member.Name))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", MemberNodes(union, member.Name));
            }
        }
    }

    private static bool HasNonObjectMembers(UnionType union) =>
        (union.SyntaxNode?.Types ?? []).Concat(union.ExtensionNodes.SelectMany(e => e.Types)).Any();

    private static SyntaxNode?[] MemberNodes(UnionType union, string name) =>
        [.. (union.SyntaxNode?.Types ?? []).Concat(union.ExtensionNodes.SelectMany(e => e.Types)).Where(t => t.Name.Value == name)];

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", AllNodes(enumType.SyntaxNode, enumType.ExtensionNodes));
        }

        foreach (var value in enumType.Values.Values)
        {
            ValidateName(value.Name, value.SyntaxNode);
            if (value.Name is "true" or "false" or "null")
            {
                Report($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.SyntaxNode);
            }
        }
    }

    private void ValidateInputFields(InputObjectType inputType)
    {
        if (inputType.Fields.Count == 0)
        {
            Report($"Input Object type {inputType.Name} must define one or more fields.", AllNodes(inputType.SyntaxNode, inputType.ExtensionNodes));
        }

        foreach (var field in inputType.Fields.Values)
        {
            ValidateName(field.Name, field.SyntaxNode);
            if (!field.Type.IsInputType())
            {
                Report($"The type of {inputType.Name}.{field.Name} must be Input Type but got: {field.Type.Print()}.", field.SyntaxNode?.Type);
            }

            if (IsRequired(field) && field.IsDeprecated)
            {
                Report($"Required input field {inputType.Name}.{field.Name} cannot be deprecated.", DeprecatedDirective(field.Directives), field.SyntaxNode?.Type);
            }

            if (inputType.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report($"OneOf input field {inputType.Name}.{field.Name} must be nullable.", field.SyntaxNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    Report($"OneOf input field {inputType.Name}.{field.Name} cannot have a default value.", field.SyntaxNode);
                }
            }
        }
    }
}
