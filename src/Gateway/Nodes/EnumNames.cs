namespace Gateway.Nodes;

/// <summary>Chatwoot's lower-case enum strings (<c>open</c>, <c>administrator</c>) as GraphQL enum names (<c>OPEN</c>).</summary>
internal static class EnumNames
{
    public static string? From(string? upstream) =>
        string.IsNullOrEmpty(upstream) ? null : upstream.ToUpperInvariant();

    /// <summary>Chatwoot's integer message types: 0 incoming, 1 outgoing, 2 activity, 3 template.</summary>
    public static string? MessageType(int type) => type switch
    {
        0 => "INCOMING",
        1 => "OUTGOING",
        2 => "ACTIVITY",
        3 => "TEMPLATE",
        _ => null,
    };
}
