namespace Gateway.GraphQL.Language;

/// <summary><c>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</c></summary>
public sealed record ScalarTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}
