using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation;

/// <summary>A conflict between two sets of fields sharing a response name, with the nodes of each side.</summary>
internal sealed record FieldConflict(ConflictReason Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);
