using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// graphql-js's SDL validation rules (<c>specifiedSDLRules</c>) over a type-system document: unique names, known
/// types and directives, directive locations and arguments, possible type extensions.
/// </summary>
internal sealed partial class SdlValidator
{
    private readonly DocumentNode _document;
    private readonly List<(int Position, GraphQLError Error)> _errors = [];
    private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinitionNode> _definedDirectives = new(StringComparer.Ordinal);

    public SdlValidator(DocumentNode document)
    {
        _document = document;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    _definedTypes.TryAdd(type.Name().Value, type);
                    break;
                case DirectiveDefinitionNode directive:
                    _definedDirectives.TryAdd(directive.Name.Value, directive);
                    break;
            }
        }
    }

    public IReadOnlyList<GraphQLError> Validate()
    {
        CheckSchemaDefinitions();
        CheckUniqueTypeNames();
        CheckUniqueDirectiveNames();
        CheckUniqueMembers();
        CheckTypeExtensions();
        CheckTypeReferences();
        CheckDirectiveUsages();
        return _errors.OrderBy(e => e.Position).Select(e => e.Error).ToList();
    }

    private static int PositionOf(SyntaxNode? node) => node?.Location?.Start ?? int.MaxValue;

    private void Report(string message, SyntaxNode? primary, params SyntaxNode?[] nodes) =>
        _errors.Add((PositionOf(primary), SchemaBuilder.Error(message, nodes.Length == 0 ? [primary] : nodes)));

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private void CheckSchemaDefinitions()
    {
        var seenSchema = false;
        var operations = new HashSet<OperationType>();
        foreach (var definition in _document.Definitions)
        {
            IReadOnlyList<OperationTypeDefinitionNode> operationTypes;
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    if (seenSchema)
                    {
                        Report("Must provide only one schema definition.", schema);
                    }

                    seenSchema = true;
                    operationTypes = schema.OperationTypes;
                    break;
                case SchemaExtensionNode extension:
                    operationTypes = extension.OperationTypes;
                    break;
                default:
                    continue;
            }

            foreach (var operationType in operationTypes)
            {
                if (!operations.Add(operationType.Operation))
                {
                    Report($"There can be only one {OperationName(operationType.Operation)} type in schema.", operationType);
                }
            }
        }
    }

    private void CheckUniqueTypeNames()
    {
        var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var definition in _document.Definitions.OfType<TypeDefinitionNode>())
        {
            var name = definition.Name();
            if (!seen.TryAdd(name.Value, name))
            {
                Report($"There can be only one type named \"{name.Value}\".", name, seen[name.Value], name);
            }
        }
    }

    private void CheckUniqueDirectiveNames()
    {
        var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var definition in _document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            if (!seen.TryAdd(definition.Name.Value, definition.Name))
            {
                Report($"There can be only one directive named \"@{definition.Name.Value}\".", definition.Name, seen[definition.Name.Value], definition.Name);
            }

            CheckUniqueArgumentDefinitions($"@{definition.Name.Value}", definition.Arguments);
        }
    }

    /// <summary>Unique enum values, fields and field arguments per type, across its definition and extensions.</summary>
    private void CheckUniqueMembers()
    {
        var enumValues = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);
        var fields = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case EnumTypeDefinitionNode node:
                    CheckUniqueEnumValues(enumValues, node.Name.Value, node.Values);
                    break;
                case EnumTypeExtensionNode node:
                    CheckUniqueEnumValues(enumValues, node.Name.Value, node.Values);
                    break;
                case ObjectTypeDefinitionNode node:
                    CheckUniqueFields(fields, node.Name.Value, node.Fields);
                    break;
                case ObjectTypeExtensionNode node:
                    CheckUniqueFields(fields, node.Name.Value, node.Fields);
                    break;
                case InterfaceTypeDefinitionNode node:
                    CheckUniqueFields(fields, node.Name.Value, node.Fields);
                    break;
                case InterfaceTypeExtensionNode node:
                    CheckUniqueFields(fields, node.Name.Value, node.Fields);
                    break;
                case InputObjectTypeDefinitionNode node:
                    CheckUniqueInputFields(fields, node.Name.Value, node.Fields);
                    break;
                case InputObjectTypeExtensionNode node:
                    CheckUniqueInputFields(fields, node.Name.Value, node.Fields);
                    break;
            }
        }
    }

    private void CheckUniqueEnumValues(Dictionary<string, Dictionary<string, NameNode>> seenByType, string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        var seen = SeenFor(seenByType, typeName);
        foreach (var value in values)
        {
            if (!seen.TryAdd(value.Name.Value, value.Name))
            {
                Report($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.", value.Name, seen[value.Name.Value], value.Name);
            }
        }
    }

    private void CheckUniqueFields(Dictionary<string, Dictionary<string, NameNode>> seenByType, string typeName, IReadOnlyList<FieldDefinitionNode> fields)
    {
        var seen = SeenFor(seenByType, typeName);
        foreach (var field in fields)
        {
            if (!seen.TryAdd(field.Name.Value, field.Name))
            {
                Report($"Field \"{typeName}.{field.Name.Value}\" can only be defined once.", field.Name, seen[field.Name.Value], field.Name);
            }

            CheckUniqueArgumentDefinitions($"{typeName}.{field.Name.Value}", field.Arguments);
        }
    }

    private void CheckUniqueInputFields(Dictionary<string, Dictionary<string, NameNode>> seenByType, string typeName, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        var seen = SeenFor(seenByType, typeName);
        foreach (var field in fields)
        {
            if (!seen.TryAdd(field.Name.Value, field.Name))
            {
                Report($"Field \"{typeName}.{field.Name.Value}\" can only be defined once.", field.Name, seen[field.Name.Value], field.Name);
            }
        }
    }

    private void CheckUniqueArgumentDefinitions(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var names = group.Select(a => (SyntaxNode?)a.Name).ToArray();
            Report($"Argument \"{parentName}({group.Key}:)\" can only be defined once.", names[0], names);
        }
    }

    private static Dictionary<string, NameNode> SeenFor(Dictionary<string, Dictionary<string, NameNode>> seenByType, string typeName)
    {
        if (!seenByType.TryGetValue(typeName, out var seen))
        {
            seenByType[typeName] = seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        }

        return seen;
    }
}
