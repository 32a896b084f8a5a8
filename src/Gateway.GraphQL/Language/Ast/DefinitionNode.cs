namespace Gateway.GraphQL.Language;

/// <summary><c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c></summary>
public abstract record DefinitionNode : SyntaxNode
{
}
