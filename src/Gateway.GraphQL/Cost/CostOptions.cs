namespace Gateway.GraphQL.Cost;

/// <summary>
/// Static cost analysis after the IBM GraphQL cost specification, with HotChocolate's defaults (configuration
/// section <c>GraphQL:Cost</c>).
/// </summary>
public sealed class CostOptions
{
    /// <summary>
    /// Whether operations over <see cref="MaxFieldCost"/> or <see cref="MaxTypeCost"/> are refused. Unset (the
    /// default) means: enforced when the schema is annotated, i.e. declares <c>@cost</c> or <c>@listSize</c>, or
    /// <see cref="ListSizes"/> or <see cref="FieldWeights"/> are configured. An unannotated schema only gets the
    /// assumed list size everywhere, which would refuse ordinary nested queries (a common HotChocolate complaint).
    /// </summary>
    public bool? EnforceCostLimits { get; set; }

    /// <summary>Largest accepted field cost (default 1000).</summary>
    public double MaxFieldCost { get; set; } = 1000;

    /// <summary>Largest accepted type cost, the number of objects the operation may produce (default 1000).</summary>
    public double MaxTypeCost { get; set; } = 1000;

    /// <summary>Weight of a field bound to a resolver (I/O) without <c>@cost</c> (default 10).</summary>
    public double DefaultResolverCost { get; set; } = 10;

    /// <summary>Size assumed for a list field without <c>@listSize</c> (default 10).</summary>
    public double DefaultListSize { get; set; } = 10;

    /// <summary>
    /// List sizes by <c>Type.field</c> for schemas that cannot carry <c>@listSize</c> (e.g. <c>ConversationPage.nodes</c> = 25);
    /// a <c>@listSize</c> directive on the field wins.
    /// </summary>
    public Dictionary<string, double> ListSizes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Field weights by <c>Type.field</c> for schemas that cannot carry <c>@cost</c> (e.g. a DataLoader-batched
    /// relation that costs one upstream call per batch, not per item); a <c>@cost</c> directive on the field wins.
    /// </summary>
    public Dictionary<string, double> FieldWeights { get; } = new(StringComparer.Ordinal);
}
