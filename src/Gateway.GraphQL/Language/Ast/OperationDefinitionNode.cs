namespace Gateway.GraphQL.Language;

/// <summary><c>OperationDefinition : OperationType Name? VariableDefinitions? Directives? SelectionSet | SelectionSet</c></summary>
public sealed record OperationDefinitionNode(OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    /// <summary>
    /// The operation's description (<c>Description?</c> before it), which graphql-js 16.15 accepts on executable
    /// definitions; null when absent. An init-only property so the positional shape stays unchanged.
    /// </summary>
    public StringValueNode? Description { get; init; }

    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}
