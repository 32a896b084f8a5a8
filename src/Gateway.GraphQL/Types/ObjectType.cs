using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>An object type: a set of fields, possibly implementing interfaces.</summary>
public sealed class ObjectType : IComplexOutputType
{
    private readonly OrderedDictionary<string, OutputField> _fields = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];
    private readonly List<DirectiveNode> _directives = [];
    private readonly List<ObjectTypeExtensionNode> _extensionNodes = [];

    internal ObjectType(string name, string? description = null, ObjectTypeDefinitionNode? syntaxNode = null)
    {
        Name = name;
        Description = description;
        SyntaxNode = syntaxNode;
        TypeNameField = new OutputField("__typename", "The name of the current Object type at runtime.", new NonNullType(BuiltInScalars.String), this);
    }

    public string Name { get; }

    public string? Description { get; }

    public TypeKind Kind => TypeKind.Object;

    public IReadOnlyDictionary<string, OutputField> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>Directives applied to the definition and its extensions in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives => _directives;

    public ObjectTypeDefinitionNode? SyntaxNode { get; }

    public IReadOnlyList<ObjectTypeExtensionNode> ExtensionNodes => _extensionNodes;

    internal OutputField TypeNameField { get; }

    public OutputField? GetField(string name) => _fields.GetValueOrDefault(name);

    internal bool TryAddField(OutputField field) => _fields.TryAdd(field.Name, field);

    internal void AddInterface(InterfaceType type) => _interfaces.Add(type);

    internal void AddDirectives(IEnumerable<DirectiveNode> directives) => _directives.AddRange(directives);

    internal void AddExtensionNode(ObjectTypeExtensionNode node) => _extensionNodes.Add(node);

    public override string ToString() => Name;
}
