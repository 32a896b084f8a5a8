namespace Gateway.GraphQL.Language;

/// <summary><c>Field : Alias? Name Arguments? Directives? SelectionSet?</c></summary>
public sealed record FieldNode(NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;
}
