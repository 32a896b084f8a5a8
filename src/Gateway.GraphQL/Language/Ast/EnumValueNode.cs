namespace Gateway.GraphQL.Language;

/// <summary><c>EnumValue : Name but not true, false or null</c></summary>
public sealed record EnumValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}
