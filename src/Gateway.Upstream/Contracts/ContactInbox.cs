namespace Gateway.Upstream;

/// <summary>A contact's membership of an inbox.</summary>
public sealed class ContactInbox
{
    public string? SourceId { get; init; }

    /// <summary>The inbox, with its secret fields dropped like every <see cref="Inbox"/>.</summary>
    public Inbox? Inbox { get; init; }
}
