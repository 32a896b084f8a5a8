namespace Gateway.GraphQL.Language;

/// <summary><c>Selection : Field | FragmentSpread | InlineFragment</c></summary>
public abstract record SelectionNode : SyntaxNode
{
}
