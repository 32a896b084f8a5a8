namespace Chatwoot.Simulator;

/// <summary>An inbox, including the secret fields the real server returns to administrators.</summary>
public sealed class SimInbox
{
    public int Id { get; set; }

    public int ChannelId { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>For example <c>Channel::WebWidget</c>, <c>Channel::Email</c>, <c>Channel::Api</c>.</summary>
    public string ChannelType { get; set; } = "Channel::WebWidget";

    /// <summary>Ids of the agents who belong to the inbox (agents only see these inboxes' conversations).</summary>
    public List<int> MemberIds { get; set; } = [];

    public string? Website { get; set; }

    public string? WebsiteToken { get; set; }

    public string? HmacToken { get; set; }

    public string? Email { get; set; }

    public string? ImapPassword { get; set; }

    public string? SmtpPassword { get; set; }

    public string? Secret { get; set; }

    public string? PhoneNumber { get; set; }

    public bool EnableAutoAssignment { get; set; } = true;
}
