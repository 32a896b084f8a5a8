namespace Gateway.GraphQL.Language;

/// <summary><c>Type : NamedType | ListType | NonNullType</c></summary>
public abstract record TypeNode : SyntaxNode
{
}
