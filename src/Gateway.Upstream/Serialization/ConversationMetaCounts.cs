namespace Gateway.Upstream;

/// <summary>The <c>meta</c> counts as sent: three (filter) or four (list) of them.</summary>
internal sealed class ConversationMetaCounts
{
    public int MineCount { get; init; }

    public int? AssignedCount { get; init; }

    public int UnassignedCount { get; init; }

    public int AllCount { get; init; }
}
