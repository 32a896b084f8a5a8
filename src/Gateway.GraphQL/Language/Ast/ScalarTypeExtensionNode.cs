namespace Gateway.GraphQL.Language;

/// <summary><c>ScalarTypeExtension : extend scalar Name Directives[Const]</c></summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
