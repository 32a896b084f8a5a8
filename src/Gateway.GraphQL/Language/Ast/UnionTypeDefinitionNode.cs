namespace Gateway.GraphQL.Language;

/// <summary><c>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</c></summary>
public sealed record UnionTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}
