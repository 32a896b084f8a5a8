namespace Gateway.GraphQL.Language;

/// <summary><c>FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet</c></summary>
public sealed record FragmentDefinitionNode(NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}
