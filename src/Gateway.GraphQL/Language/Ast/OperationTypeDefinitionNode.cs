namespace Gateway.GraphQL.Language;

/// <summary><c>RootOperationTypeDefinition : OperationType : NamedType</c></summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}
