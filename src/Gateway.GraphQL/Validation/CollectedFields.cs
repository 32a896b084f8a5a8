namespace Gateway.GraphQL.Validation;

/// <summary>
/// A selection set flattened through its inline fragments: the fields by response name (in order of first
/// appearance) and the names of the fragments it spreads (each once, in order).
/// </summary>
internal sealed class CollectedFields
{
    public Dictionary<string, List<FieldAndDefinition>> FieldsByResponseName { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = [];
}
