using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>An input object type. At run time a value is an <see cref="IReadOnlyDictionary{TKey, TValue}"/> of the provided or defaulted fields.</summary>
public sealed class InputObjectType : INamedType
{
    private readonly OrderedDictionary<string, InputValue> _fields = new(StringComparer.Ordinal);
    private readonly List<DirectiveNode> _directives = [];
    private readonly List<InputObjectTypeExtensionNode> _extensionNodes = [];

    internal InputObjectType(string name, string? description = null, InputObjectTypeDefinitionNode? syntaxNode = null)
    {
        Name = name;
        Description = description;
        SyntaxNode = syntaxNode;
    }

    public string Name { get; }

    public string? Description { get; }

    public TypeKind Kind => TypeKind.InputObject;

    /// <summary>The fields in declaration order (extensions appended).</summary>
    public IReadOnlyDictionary<string, InputValue> Fields => _fields;

    /// <summary>True when the type carries <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }

    /// <summary>Directives applied to the definition and its extensions in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives => _directives;

    public InputObjectTypeDefinitionNode? SyntaxNode { get; }

    public IReadOnlyList<InputObjectTypeExtensionNode> ExtensionNodes => _extensionNodes;

    public InputValue? GetField(string name) => _fields.GetValueOrDefault(name);

    internal bool TryAddField(InputValue field) => _fields.TryAdd(field.Name, field);

    internal void AddDirectives(IEnumerable<DirectiveNode> directives) => _directives.AddRange(directives);

    internal void AddExtensionNode(InputObjectTypeExtensionNode node) => _extensionNodes.Add(node);

    public override string ToString() => Name;
}
