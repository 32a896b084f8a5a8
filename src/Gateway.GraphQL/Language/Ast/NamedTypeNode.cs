namespace Gateway.GraphQL.Language;

/// <summary><c>NamedType : Name</c></summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}
