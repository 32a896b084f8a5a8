namespace Gateway.GraphQL.Language;

/// <summary><c>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</c></summary>
public sealed record SchemaDefinitionNode(StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}
