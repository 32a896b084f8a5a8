namespace Gateway.Upstream;

/// <summary>The <c>meta</c> counts as sent: three (filter) or four (list) of them.</summary>
internal sealed class ConversationMetaCounts
{
    public int MineCount { get; set; }

    public int? AssignedCount { get; set; }

    public int UnassignedCount { get; set; }

    public int AllCount { get; set; }
}
