using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Limits;

/// <summary>
/// Checks every operation of a document against <see cref="OperationLimitsOptions"/> with one syntactic walk that
/// expands fragments. The walk stops at the first exceeded limit, so its cost is bounded by the limits themselves
/// (fragment fan-out cannot make it exponential), and a fragment cycle ends the walk with the graphql-js
/// validation error instead of recursing forever.
/// </summary>
public static partial class OperationLimitsAnalyzer
{
    /// <summary>The first limit the document exceeds, or null.</summary>
    public static GraphQLError? Analyze(DocumentNode document, OperationLimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                var walker = new Walker(fragments, options);
                walker.VisitSelectionSet(operation.SelectionSet, 0, default);
                if (walker.Error is { } error)
                {
                    return error;
                }
            }
        }

        return null;
    }

    private static IReadOnlyList<SourceLocation> LocationsOf(SyntaxNode node) =>
        node.Location is { } location ? [new SourceLocation(location.Line, location.Column)] : [];
}
