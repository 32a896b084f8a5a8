namespace Gateway.GraphQL.Language;

/// <summary><c>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</c></summary>
public sealed record EnumTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}
