namespace Gateway.Filtering;

/// <summary>Bounds on what a filter may expand to once rewritten into Chatwoot's flat AND/OR list.</summary>
internal sealed class FilterCompilerOptions
{
    public static readonly FilterCompilerOptions Default = new();

    /// <summary>The most conditions the flat list may hold after expansion.</summary>
    public int MaxConditions { get; init; } = 64;

    /// <summary>The most OR-joined groups the flat list may hold after expansion.</summary>
    public int MaxGroups { get; init; } = 16;
}
