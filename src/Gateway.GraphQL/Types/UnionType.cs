using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>A union of object types.</summary>
public sealed class UnionType : INamedType
{
    private readonly List<ObjectType> _types = [];
    private readonly List<DirectiveNode> _directives = [];
    private readonly List<UnionTypeExtensionNode> _extensionNodes = [];

    internal UnionType(string name, string? description = null, UnionTypeDefinitionNode? syntaxNode = null)
    {
        Name = name;
        Description = description;
        SyntaxNode = syntaxNode;
        TypeNameField = new OutputField("__typename", "The name of the current Object type at runtime.", new NonNullType(BuiltInScalars.String), this);
    }

    public string Name { get; }

    public string? Description { get; }

    public TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Directives applied to the definition and its extensions in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives => _directives;

    public UnionTypeDefinitionNode? SyntaxNode { get; }

    public IReadOnlyList<UnionTypeExtensionNode> ExtensionNodes => _extensionNodes;

    internal OutputField TypeNameField { get; }

    internal void AddType(ObjectType type) => _types.Add(type);

    internal void AddDirectives(IEnumerable<DirectiveNode> directives) => _directives.AddRange(directives);

    internal void AddExtensionNode(UnionTypeExtensionNode node) => _extensionNodes.Add(node);

    public override string ToString() => Name;
}
