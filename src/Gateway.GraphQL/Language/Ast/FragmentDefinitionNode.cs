namespace Gateway.GraphQL.Language;

/// <summary><c>FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet</c></summary>
public sealed record FragmentDefinitionNode(NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    /// <summary>
    /// The fragment's description (<c>Description?</c> before it), which graphql-js 16.15 accepts on executable
    /// definitions; null when absent. An init-only property so the positional shape stays unchanged.
    /// </summary>
    public StringValueNode? Description { get; init; }

    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}
