using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>One value of an <see cref="EnumType"/>. At run time an enum value is its name (a <see cref="string"/>).</summary>
public sealed class EnumValue
{
    internal EnumValue(
        string name,
        string? description,
        string? deprecationReason = null,
        IReadOnlyList<DirectiveNode>? directives = null,
        EnumValueDefinitionNode? syntaxNode = null)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        Directives = directives ?? [];
        SyntaxNode = syntaxNode;
    }

    public string Name { get; }

    public string? Description { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public string? DeprecationReason { get; }

    /// <summary>Directives applied to the definition in SDL.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    public EnumValueDefinitionNode? SyntaxNode { get; }

    public override string ToString() => Name;
}
