namespace Gateway.GraphQL.Language;

/// <summary><c>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</c></summary>
public sealed record EnumTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}
