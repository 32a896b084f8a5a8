namespace Gateway.GraphQL.Errors;

/// <summary>
/// One entry of a GraphQL response's <c>errors</c> list: <c>message</c>, <c>locations</c>, <c>path</c> and
/// <c>extensions</c> (which always carries <c>code</c> once the error leaves the engine).
/// </summary>
public sealed class GraphQLError
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyExtensions = new Dictionary<string, object?>();

    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions ?? EmptyExtensions;
        Exception = exception;
    }

    /// <summary>Creates an error whose <c>extensions</c> holds just <c>code</c>.</summary>
    public GraphQLError(string message, string code, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null)
        : this(message, locations, path, new Dictionary<string, object?> { ["code"] = code })
    {
    }

    public string Message { get; }

    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>Response path: field names (<see cref="string"/>) and list indices (<see cref="int"/>); null outside execution.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <summary>The exception behind the error, for logging only; never serialised to a client.</summary>
    public Exception? Exception { get; }

    /// <summary>The <c>extensions.code</c> value, if any.</summary>
    public string? Code => Extensions.TryGetValue("code", out var code) ? code as string : null;

    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, Extensions, Exception);

    public GraphQLError WithExtension(string key, object? value)
    {
        var extensions = new Dictionary<string, object?>(Extensions) { [key] = value };
        return new GraphQLError(Message, Locations, Path, extensions, Exception);
    }

    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
}
