namespace Gateway.GraphQL.Language;

/// <summary><c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</c></summary>
public sealed record FieldDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}
