namespace Gateway.GraphQL.Language;

/// <summary><c>ListType : [ Type ]</c></summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
}
