namespace Gateway.GraphQL.Language;

/// <summary><c>SelectionSet : { Selection+ }</c></summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}
