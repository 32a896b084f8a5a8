namespace Gateway.GraphQL.Language;

/// <summary><c>TypeSystemExtension : SchemaExtension | TypeExtension</c></summary>
public abstract record TypeSystemExtensionNode : DefinitionNode
{
}
