namespace Gateway.GraphQL.Language;

/// <summary><c>Variable : $ Name</c></summary>
public sealed record VariableNode(NameNode Name) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
}
