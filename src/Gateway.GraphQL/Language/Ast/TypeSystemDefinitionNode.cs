namespace Gateway.GraphQL.Language;

/// <summary><c>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition</c></summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode
{
}
