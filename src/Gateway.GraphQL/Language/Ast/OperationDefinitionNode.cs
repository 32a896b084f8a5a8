namespace Gateway.GraphQL.Language;

/// <summary><c>OperationDefinition : OperationType Name? VariableDefinitions? Directives? SelectionSet | SelectionSet</c></summary>
public sealed record OperationDefinitionNode(OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}
