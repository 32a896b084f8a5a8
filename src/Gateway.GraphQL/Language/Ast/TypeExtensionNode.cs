namespace Gateway.GraphQL.Language;

/// <summary><c>TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension</c></summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode
{
}
