namespace Gateway.GraphQL.Language;

/// <summary><c>InlineFragment : ... TypeCondition? Directives? SelectionSet</c></summary>
public sealed record InlineFragmentNode(NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}
