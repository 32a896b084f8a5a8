namespace Gateway.GraphQL.Language;

/// <summary><c>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</c></summary>
public sealed record InputObjectTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}
