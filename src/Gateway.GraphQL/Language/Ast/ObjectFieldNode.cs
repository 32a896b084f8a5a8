namespace Gateway.GraphQL.Language;

/// <summary><c>ObjectField : Name : Value</c></summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
