using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// A conflict between two sets of fields sharing a response name: the reason as graphql-js words it
/// (<c>"a" and "b" are different fields</c>, or <c>subfields "x" conflict because ...</c>) and the nodes of each side.
/// </summary>
internal sealed record FieldConflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);
