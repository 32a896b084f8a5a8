using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// An executable schema model: root types, all named types (the SDL's, the built-in scalars it references — String
/// and Boolean always, through introspection — and the introspection types) and directives. Built from SDL with <see cref="FromSdl"/> or <see cref="FromDocument"/>; immutable afterwards.
/// </summary>
public sealed class Schema
{
    private readonly OrderedDictionary<string, INamedType> _types;
    private readonly OrderedDictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<INamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, HashSet<INamedType>> _implementations = [];
    private readonly Dictionary<UnionType, HashSet<ObjectType>> _unionMembers = [];

    internal Schema(
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        string? description,
        OrderedDictionary<string, INamedType> types,
        OrderedDictionary<string, DirectiveDefinition> directives,
        IReadOnlyList<DirectiveNode> appliedDirectives,
        SchemaDefinitionNode? syntaxNode,
        IReadOnlyList<SchemaExtensionNode> extensionNodes)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        _types = types;
        _directives = directives;
        AppliedDirectives = appliedDirectives;
        SyntaxNode = syntaxNode;
        ExtensionNodes = extensionNodes;
        DirectiveList = [.. directives.Values];

        SchemaField = new OutputField(
            "__schema",
            "Access the current type schema of this server.",
            new NonNullType(IntrospectionTypes.Schema),
            queryType);
        var nameArgument = new InputValue("name", null, new NonNullType(BuiltInScalars.String), null);
        TypeField = new OutputField(
            "__type",
            "Request the type information of a single type.",
            IntrospectionTypes.Type,
            queryType,
            new OrderedDictionary<string, InputValue>(StringComparer.Ordinal) { [nameArgument.Name] = nameArgument });

        IndexImplementations();
    }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    public string? Description { get; }

    /// <summary>
    /// Every named type by name in graphql-js's type-map order: SDL types in document order, each referenced built-in
    /// scalar where first reached, then the introspection types. Like graphql-js, unreferenced Int/Float/ID are absent.
    /// </summary>
    public IReadOnlyDictionary<string, INamedType> Types => _types;

    /// <summary>Every directive the schema declares, built-in ones included.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives => DirectiveList;

    /// <summary>Directives applied to the schema definition and its extensions in SDL.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; }

    public SchemaDefinitionNode? SyntaxNode { get; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionNodes { get; }

    /// <summary>The <c>__schema</c> meta field (on the query type).</summary>
    public OutputField SchemaField { get; }

    /// <summary>The <c>__type(name: String!)</c> meta field (on the query type).</summary>
    public OutputField TypeField { get; }

    private IReadOnlyList<DirectiveDefinition> DirectiveList { get; }

    /// <summary>Builds a schema from SDL; throws <see cref="SchemaException"/> listing every problem.</summary>
    public static Schema FromSdl(string sdl, SchemaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return FromDocument(SdlParsing.Parse(sdl), options);
    }

    /// <summary>Builds a schema from a parsed type-system document; throws <see cref="SchemaException"/> listing every problem.</summary>
    public static Schema FromDocument(DocumentNode document, SchemaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SchemaBuilder(document, options ?? new SchemaOptions()).Build();
    }

    public INamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type of an operation type, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of <paramref name="abstractType"/> may have (union members, interface implementations); an object type yields itself.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(INamedType abstractType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        return abstractType switch
        {
            UnionType union => union.Types,
            InterfaceType iface => _possibleTypes.GetValueOrDefault(iface) ?? [],
            ObjectType obj => [obj],
            _ => [],
        };
    }

    /// <summary>The object and interface types that implement <paramref name="interfaceType"/> directly.</summary>
    public IReadOnlyCollection<INamedType> GetImplementations(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _implementations.GetValueOrDefault(interfaceType) ?? (IReadOnlyCollection<INamedType>)[];
    }

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(INamedType abstractType, INamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        return abstractType switch
        {
            UnionType union => maybeSubType is ObjectType obj && _unionMembers.TryGetValue(union, out var members) && members.Contains(obj),
            InterfaceType iface => _implementations.TryGetValue(iface, out var implementations) && implementations.Contains(maybeSubType),
            _ => false,
        };
    }

    /// <summary>
    /// The field <paramref name="fieldName"/> of <paramref name="parentType"/>, as graphql-js's <c>getFieldDef</c>:
    /// <c>__schema</c> and <c>__type</c> on the query type, <c>__typename</c> on any composite type, otherwise the declared field.
    /// </summary>
    public OutputField? GetField(INamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.Length > 1 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__schema" when ReferenceEquals(parentType, QueryType):
                    return SchemaField;
                case "__type" when ReferenceEquals(parentType, QueryType):
                    return TypeField;
                case "__typename":
                    return parentType switch
                    {
                        ObjectType obj => obj.TypeNameField,
                        InterfaceType iface => iface.TypeNameField,
                        UnionType union => union.TypeNameField,
                        _ => null,
                    };
            }
        }

        return parentType switch
        {
            ObjectType obj => obj.GetField(fieldName),
            InterfaceType iface => iface.GetField(fieldName),
            _ => null,
        };
    }

    private void IndexImplementations()
    {
        var possible = new Dictionary<InterfaceType, List<ObjectType>>();
        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case UnionType union:
                    _unionMembers[union] = [.. union.Types];
                    break;
                case ObjectType obj:
                    foreach (var iface in obj.Interfaces)
                    {
                        AddImplementation(iface, obj);
                        if (!possible.TryGetValue(iface, out var list))
                        {
                            possible[iface] = list = [];
                        }

                        list.Add(obj);
                    }

                    break;
                case InterfaceType iface:
                    foreach (var parent in iface.Interfaces)
                    {
                        AddImplementation(parent, iface);
                    }

                    break;
            }
        }

        foreach (var (iface, objects) in possible)
        {
            _possibleTypes[iface] = objects;
        }
    }

    private void AddImplementation(InterfaceType iface, INamedType implementation)
    {
        if (!_implementations.TryGetValue(iface, out var set))
        {
            _implementations[iface] = set = [];
        }

        set.Add(implementation);
    }
}
