namespace Gateway.GraphQL.Language;

/// <summary><c>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</c></summary>
public sealed record UnionTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}
