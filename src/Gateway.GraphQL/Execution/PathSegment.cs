namespace Gateway.GraphQL.Execution;

/// <summary>A node of a response path, linked to its parent; turned into a list only when needed.</summary>
internal sealed class PathSegment
{
    private PathSegment(PathSegment? parent, string? key, int index, int depth)
    {
        Parent = parent;
        Key = key;
        Index = index;
        Depth = depth;
    }

    public PathSegment? Parent { get; }

    public string? Key { get; }

    public int Index { get; }

    public int Depth { get; }

    public static PathSegment Field(PathSegment? parent, string key) => new(parent, key, -1, (parent?.Depth ?? 0) + 1);

    public static PathSegment Item(PathSegment parent, int index) => new(parent, null, index, parent.Depth + 1);

    public static IReadOnlyList<object> ToList(PathSegment? segment)
    {
        if (segment is null)
        {
            return [];
        }

        var result = new object[segment.Depth];
        for (var current = segment; current is not null; current = current.Parent)
        {
            result[current.Depth - 1] = current.Key is { } key ? key : current.Index;
        }

        return result;
    }

    public static IReadOnlyList<object> ToList(PathSegment? parent, string key)
    {
        var depth = (parent?.Depth ?? 0) + 1;
        var result = new object[depth];
        result[depth - 1] = key;
        for (var current = parent; current is not null; current = current.Parent)
        {
            result[current.Depth - 1] = current.Key is { } k ? k : current.Index;
        }

        return result;
    }
}
