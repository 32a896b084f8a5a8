using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>A field of an object or interface type (or a meta field such as <c>__typename</c>).</summary>
public sealed class OutputField
{
    private static readonly IReadOnlyDictionary<string, InputValue> NoArguments = new OrderedDictionary<string, InputValue>();

    internal OutputField(
        string name,
        string? description,
        IType type,
        INamedType declaringType,
        IReadOnlyDictionary<string, InputValue>? arguments = null,
        string? deprecationReason = null,
        IReadOnlyList<DirectiveNode>? directives = null,
        FieldDefinitionNode? syntaxNode = null)
    {
        Name = name;
        Description = description;
        Type = type;
        DeclaringType = declaringType;
        Arguments = arguments ?? NoArguments;
        DeprecationReason = deprecationReason;
        Directives = directives ?? [];
        SyntaxNode = syntaxNode;
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>An output type.</summary>
    public IType Type { get; }

    /// <summary>The arguments in declaration order.</summary>
    public IReadOnlyDictionary<string, InputValue> Arguments { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public string? DeprecationReason { get; }

    /// <summary>The type that declares the field (for <c>__schema</c>/<c>__type</c>, the query type).</summary>
    public INamedType DeclaringType { get; }

    /// <summary>True for <c>__typename</c>, <c>__schema</c> and <c>__type</c>.</summary>
    public bool IsIntrospectionField => Name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>Directives applied to the definition in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public FieldDefinitionNode? SyntaxNode { get; }

    public override string ToString() => $"{DeclaringType.Name}.{Name}";
}
