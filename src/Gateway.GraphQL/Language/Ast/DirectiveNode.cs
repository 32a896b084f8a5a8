namespace Gateway.GraphQL.Language;

/// <summary><c>Directive : @ Name Arguments?</c></summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
