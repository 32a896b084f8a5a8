namespace Gateway.GraphQL.Language;

/// <summary><c>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition | ...</c></summary>
public sealed record ObjectTypeExtensionNode(NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}
