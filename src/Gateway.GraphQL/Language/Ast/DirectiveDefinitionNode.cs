namespace Gateway.GraphQL.Language;

/// <summary><c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c></summary>
public sealed record DirectiveDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool Repeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
