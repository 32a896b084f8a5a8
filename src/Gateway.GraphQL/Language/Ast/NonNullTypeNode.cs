namespace Gateway.GraphQL.Language;

/// <summary><c>NonNullType : NamedType ! | ListType !</c></summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
