namespace Gateway.GraphQL.Execution;

/// <summary>How a planned field gets its value.</summary>
internal enum FieldPlanKind
{
    /// <summary>From the parent value (property, dictionary entry, JSON member).</summary>
    ParentValue,

    /// <summary>A registered resolver.</summary>
    Resolver,

    /// <summary><c>__typename</c>.</summary>
    TypeName,
}
