using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from a type-system document (graphql-js's <c>buildASTSchema</c>): definitions and
/// <c>extend</c> forms, then SDL checks and type validation; every problem goes into one <see cref="SchemaException"/>.
/// </summary>
internal sealed partial class SchemaBuilder
{
    private readonly DocumentNode _document;
    private readonly SchemaOptions _options;
    private readonly List<GraphQLError> _errors = [];
    private readonly List<TypeDefinitionNode> _typeDefinitions = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly Dictionary<string, INamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnresolvedType> _unresolved = new(StringComparer.Ordinal);
    private SchemaDefinitionNode? _schemaDefinition;

    public SchemaBuilder(DocumentNode document, SchemaOptions options)
    {
        _document = document;
        _options = options;
    }

    public Schema Build()
    {
        Collect();
        _errors.AddRange(new SdlValidator(_document).Validate());

        foreach (var definition in _typeDefinitions)
        {
            var name = definition.Name().Value;
            if (!_typeMap.ContainsKey(name))
            {
                _typeMap[name] = CreateType(definition);
            }
        }

        foreach (var definition in _typeDefinitions)
        {
            if (_typeMap.TryGetValue(definition.Name().Value, out var type) && IsBuiltFrom(type, definition))
            {
                FillType(type, definition);
            }
        }

        var directives = BuildDirectives();
        var (query, mutation, subscription) = BuildRootTypes();
        var types = CollectReferencedTypes(query, mutation, subscription, directives.Values);
        var appliedDirectives = (_schemaDefinition?.Directives ?? []).Concat(_schemaExtensions.SelectMany(e => e.Directives)).ToList();
        var schema = new Schema(
            query ?? new ObjectType("Query"),
            mutation,
            subscription,
            _schemaDefinition?.Description?.Value,
            types,
            directives,
            appliedDirectives,
            _schemaDefinition,
            _schemaExtensions);

        _errors.AddRange(new SchemaValidator(schema).Validate());
        if (_errors.Count > 0)
        {
            throw new SchemaException(_errors);
        }

        return schema;
    }

    internal static IReadOnlyList<SourceLocation> Locations(params SyntaxNode?[] nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(new SourceLocation(location.Line, location.Column));
            }
        }

        return locations;
    }

    internal static GraphQLError Error(string message, params SyntaxNode?[] nodes) =>
        new(message, ErrorCodes.SchemaInvalid, Locations(nodes));

    private static bool IsBuiltFrom(INamedType type, TypeDefinitionNode definition) => type switch
    {
        ObjectType t => ReferenceEquals(t.SyntaxNode, definition),
        InterfaceType t => ReferenceEquals(t.SyntaxNode, definition),
        UnionType t => ReferenceEquals(t.SyntaxNode, definition),
        EnumType t => ReferenceEquals(t.SyntaxNode, definition),
        InputObjectType t => ReferenceEquals(t.SyntaxNode, definition),
        ScalarType t => ReferenceEquals(t.SyntaxNode, definition),
        _ => false,
    };

    private void Collect()
    {
        foreach (var definition in _document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schemaDefinition:
                    _schemaDefinition ??= schemaDefinition;
                    break;
                case SchemaExtensionNode schemaExtension:
                    _schemaExtensions.Add(schemaExtension);
                    break;
                case TypeDefinitionNode typeDefinition:
                    _typeDefinitions.Add(typeDefinition);
                    break;
                case TypeExtensionNode typeExtension:
                    var name = typeExtension.Name().Value;
                    if (!_typeExtensions.TryGetValue(name, out var list))
                    {
                        _typeExtensions[name] = list = [];
                    }

                    list.Add(typeExtension);
                    break;
                case DirectiveDefinitionNode directiveDefinition:
                    _directiveDefinitions.Add(directiveDefinition);
                    break;
                case ExecutableDefinitionNode executable:
                    _errors.Add(Error("The type-system document must not contain executable definitions (operations or fragments).", executable));
                    break;
            }
        }
    }

    private List<T> ExtensionsOf<T>(string name)
        where T : TypeExtensionNode =>
        _typeExtensions.TryGetValue(name, out var list) ? list.OfType<T>().ToList() : [];

    private OrderedDictionary<string, DirectiveDefinition> BuildDirectives()
    {
        var directives = new OrderedDictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var node in _directiveDefinitions)
        {
            if (directives.ContainsKey(node.Name.Value))
            {
                continue;
            }

            var locations = new List<DirectiveLocation>();
            foreach (var locationName in node.Locations)
            {
                if (DirectiveLocationNames.TryParse(locationName.Value, out var location))
                {
                    locations.Add(location);
                }
                else
                {
                    _errors.Add(Error($"Unexpected directive location \"{locationName.Value}\".", locationName));
                }
            }

            directives.Add(node.Name.Value, new DirectiveDefinition(
                node.Name.Value,
                node.Description?.Value,
                BuildArguments(node.Arguments),
                locations,
                node.Repeatable,
                isBuiltIn: false,
                node));
        }

        foreach (var builtIn in BuiltInDirectives.All)
        {
            directives.TryAdd(builtIn.Name, builtIn);
        }

        return directives;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) BuildRootTypes()
    {
        var operationTypes = (_schemaDefinition?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
        ObjectType? query = null, mutation = null, subscription = null;
        if (_schemaDefinition is null && operationTypes.Count == 0)
        {
            query = RootByName("Query", OperationType.Query, null);
            mutation = RootByName("Mutation", OperationType.Mutation, null);
            subscription = RootByName("Subscription", OperationType.Subscription, null);
        }
        else
        {
            foreach (var operationType in operationTypes)
            {
                var root = RootByName(operationType.Type.Name.Value, operationType.Operation, operationType.Type);
                switch (operationType.Operation)
                {
                    case OperationType.Query:
                        query ??= root;
                        break;
                    case OperationType.Mutation:
                        mutation ??= root;
                        break;
                    case OperationType.Subscription:
                        subscription ??= root;
                        break;
                }
            }
        }

        // A named but unknown or non-object query type is already reported; only a missing one is reported here.
        var queryNamed = operationTypes.Count > 0 || _schemaDefinition is not null
            ? operationTypes.Any(o => o.Operation == OperationType.Query)
            : _typeMap.ContainsKey("Query");
        if (query is null && !queryNamed)
        {
            _errors.Add(Error("Query root type must be provided.", _schemaDefinition));
        }

        return (query, mutation, subscription);
    }

    private ObjectType? RootByName(string name, OperationType operation, NamedTypeNode? node)
    {
        if (!_typeMap.TryGetValue(name, out var type))
        {
            return null;
        }

        if (type is ObjectType objectType)
        {
            return objectType;
        }

        var operationName = operation switch
        {
            OperationType.Query => "Query",
            OperationType.Mutation => "Mutation",
            _ => "Subscription",
        };
        var typeNode = _typeDefinitions.FirstOrDefault(d => d.Name().Value == name);
        _errors.Add(operation == OperationType.Query
            ? Error($"{operationName} root type must be Object type, it cannot be {name}.", (SyntaxNode?)node ?? typeNode)
            : Error($"{operationName} root type must be Object type if provided, it cannot be {name}.", (SyntaxNode?)node ?? typeNode));
        return null;
    }
}
