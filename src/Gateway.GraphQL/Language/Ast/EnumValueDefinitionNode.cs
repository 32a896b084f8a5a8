namespace Gateway.GraphQL.Language;

/// <summary><c>EnumValueDefinition : Description? EnumValue Directives[Const]?</c></summary>
public sealed record EnumValueDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}
