using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// A selection set flattened through its inline fragments for one parent type: the fields by response name (in
/// order of first appearance) and the names of the fragments it spreads (each once, in order). Also remembers which
/// fragments were already compared with these fields, and which other collections were already matched against it.
/// </summary>
internal sealed class CollectedFields
{
    public CollectedFields(INamedType? parentType)
    {
        ParentType = parentType;
    }

    /// <summary>The parent type the selection set was collected for (graphql-js caches by parent type and selection set).</summary>
    public INamedType? ParentType { get; }

    /// <summary>The collection of the same selection set for another parent type, if any.</summary>
    public CollectedFields? Next { get; set; }

    public Dictionary<string, List<FieldAndDefinition>> FieldsByResponseName { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = [];

    /// <summary>Fragment name → whether it was compared with these fields assuming mutually exclusive parents.</summary>
    public Dictionary<string, bool>? ComparedFragments { get; set; }

    /// <summary>Collections whose overlapping response names with this one were already counted against the budget.</summary>
    public HashSet<CollectedFields>? MatchedWith { get; set; }
}
