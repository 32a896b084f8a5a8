namespace Gateway.GraphQL.Language;

/// <summary><c>Argument : Name : Value</c></summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
