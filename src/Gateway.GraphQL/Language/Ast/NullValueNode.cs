namespace Gateway.GraphQL.Language;

/// <summary><c>NullValue : null</c></summary>
public sealed record NullValueNode() : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;

    /// <summary>A shared instance without a location.</summary>
    public static NullValueNode Instance { get; } = new();
}
