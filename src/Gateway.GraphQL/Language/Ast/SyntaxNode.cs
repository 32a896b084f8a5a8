namespace Gateway.GraphQL.Language;

/// <summary>The base of every AST node. Nodes are immutable; <see cref="Location"/> is set by the parser and is null for nodes built in code.</summary>
public abstract record SyntaxNode
{
    /// <summary>Where the node starts and ends in the source, or null for a node built in code.</summary>
    public Location? Location { get; init; }

    /// <summary>The node's kind, for switch-based walkers.</summary>
    public abstract SyntaxKind Kind { get; }
}
