namespace Gateway.Tests.Clients.Results;

/// <summary>The part of the schema's <c>ConversationFilterInput</c> the tests use.</summary>
internal sealed record ConversationFilterInput(
    PriorityOperationInput? Priority = null,
    LabelOperationInput? Labels = null,
    IReadOnlyList<ConversationFilterInput>? Or = null,
    IReadOnlyList<ConversationFilterInput>? And = null);
