namespace Gateway.GraphQL.Language;

/// <summary><c>BooleanValue : true | false</c></summary>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}
