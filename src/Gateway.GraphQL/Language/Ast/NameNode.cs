namespace Gateway.GraphQL.Language;

/// <summary><c>Name : /[_A-Za-z][_0-9A-Za-z]*/</c></summary>
public sealed record NameNode(string Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Name;
}
