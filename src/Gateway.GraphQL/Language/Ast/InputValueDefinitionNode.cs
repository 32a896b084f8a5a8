namespace Gateway.GraphQL.Language;

/// <summary><c>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</c></summary>
public sealed record InputValueDefinitionNode(StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}
