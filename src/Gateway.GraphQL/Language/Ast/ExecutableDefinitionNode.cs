namespace Gateway.GraphQL.Language;

/// <summary><c>ExecutableDefinition : OperationDefinition | FragmentDefinition</c></summary>
public abstract record ExecutableDefinitionNode : DefinitionNode
{
}
