namespace Gateway.GraphQL.Language;

/// <summary><c>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition | ...</c></summary>
public sealed record InterfaceTypeExtensionNode(NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}
