namespace Gateway.GraphQL.Language;

/// <summary><c>FragmentSpread : ... FragmentName Directives?</c></summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}
