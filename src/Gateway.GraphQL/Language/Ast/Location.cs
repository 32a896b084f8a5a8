namespace Gateway.GraphQL.Language;

/// <summary>
/// A node's span in the source: <paramref name="Start"/> and <paramref name="End"/> are character offsets
/// (end exclusive); <paramref name="Line"/> and <paramref name="Column"/> are 1-based and locate the start.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
