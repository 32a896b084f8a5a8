namespace Gateway.GraphQL.Language;

/// <summary><c>VariableDefinition : Variable : Type DefaultValue? Directives[Const]?</c></summary>
public sealed record VariableDefinitionNode(VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    /// <summary>
    /// The variable definition's description (<c>Description?</c> before it), which graphql-js 16.15 accepts on executable
    /// definitions; null when absent. An init-only property so the positional shape stays unchanged.
    /// </summary>
    public StringValueNode? Description { get; init; }

    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}
