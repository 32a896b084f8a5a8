namespace Chatwoot.Simulator;

/// <summary>A message in a conversation.</summary>
public sealed class SimMessage
{
    public int Id { get; set; }

    public string? Content { get; set; }

    /// <summary>0 incoming, 1 outgoing, 2 activity, 3 template.</summary>
    public int MessageType { get; set; }

    public string ContentType { get; set; } = "text";

    public string Status { get; set; } = "sent";

    public bool Private { get; set; }

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }

    public string? SourceId { get; set; }

    /// <summary><c>contact</c>, <c>user</c>, <c>agent_bot</c> or null (activity).</summary>
    public string? SenderType { get; set; }

    public int? SenderId { get; set; }
}
