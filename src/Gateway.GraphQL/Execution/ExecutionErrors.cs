using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Execution;

/// <summary>Helpers for building located errors.</summary>
internal static class ExecutionErrors
{
    public const string MaskedMessage = "Unexpected Execution Error";

    public static IReadOnlyList<SourceLocation> LocationsOf(SyntaxNode node) =>
        node.Location is { } location ? [new SourceLocation(location.Line, location.Column)] : [];

    public static IReadOnlyList<SourceLocation> LocationsOf(IReadOnlyList<FieldNode> nodes)
    {
        if (nodes.Count == 1)
        {
            return LocationsOf(nodes[0]);
        }

        var locations = new List<SourceLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new SourceLocation(location.Line, location.Column));
            }
        }

        return locations;
    }
}
