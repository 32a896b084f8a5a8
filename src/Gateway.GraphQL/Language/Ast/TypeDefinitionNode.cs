namespace Gateway.GraphQL.Language;

/// <summary><c>TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition</c></summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
}
