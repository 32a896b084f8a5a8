namespace Gateway.GraphQL.Language;

/// <summary><c>ListValue : [ Value* ]</c></summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}
