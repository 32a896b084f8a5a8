namespace Gateway.GraphQL.Language;

/// <summary><c>Document : Definition+</c></summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;
}
