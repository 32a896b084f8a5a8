namespace Gateway.GraphQL.Language;

/// <summary><c>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</c></summary>
public sealed record SchemaExtensionNode(IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}
