namespace Gateway.GraphQL.Language;

/// <summary><c>VariableDefinition : Variable : Type DefaultValue? Directives[Const]?</c></summary>
public sealed record VariableDefinitionNode(VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}
