using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>The name of a type definition or extension node (the AST's base records do not expose it).</summary>
internal static class SyntaxNodeNames
{
    public static NameNode Name(this TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode n => n.Name,
        ObjectTypeDefinitionNode n => n.Name,
        InterfaceTypeDefinitionNode n => n.Name,
        UnionTypeDefinitionNode n => n.Name,
        EnumTypeDefinitionNode n => n.Name,
        InputObjectTypeDefinitionNode n => n.Name,
        _ => throw new ArgumentException($"Unknown type definition {node.Kind}.", nameof(node)),
    };

    public static NameNode Name(this TypeExtensionNode node) => node switch
    {
        ScalarTypeExtensionNode n => n.Name,
        ObjectTypeExtensionNode n => n.Name,
        InterfaceTypeExtensionNode n => n.Name,
        UnionTypeExtensionNode n => n.Name,
        EnumTypeExtensionNode n => n.Name,
        InputObjectTypeExtensionNode n => n.Name,
        _ => throw new ArgumentException($"Unknown type extension {node.Kind}.", nameof(node)),
    };

    public static IReadOnlyList<DirectiveNode> Directives(this TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode n => n.Directives,
        ObjectTypeDefinitionNode n => n.Directives,
        InterfaceTypeDefinitionNode n => n.Directives,
        UnionTypeDefinitionNode n => n.Directives,
        EnumTypeDefinitionNode n => n.Directives,
        InputObjectTypeDefinitionNode n => n.Directives,
        _ => [],
    };

    public static IReadOnlyList<DirectiveNode> Directives(this TypeExtensionNode node) => node switch
    {
        ScalarTypeExtensionNode n => n.Directives,
        ObjectTypeExtensionNode n => n.Directives,
        InterfaceTypeExtensionNode n => n.Directives,
        UnionTypeExtensionNode n => n.Directives,
        EnumTypeExtensionNode n => n.Directives,
        InputObjectTypeExtensionNode n => n.Directives,
        _ => [],
    };
}
