namespace Gateway.GraphQL.Language;

/// <summary><c>ObjectValue : { ObjectField* }</c></summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}
