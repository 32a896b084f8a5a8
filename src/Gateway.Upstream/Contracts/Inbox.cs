namespace Gateway.Upstream;

/// <summary>
/// An inbox. Only non-secret fields exist here: Chatwoot's <c>hmac_token</c>, <c>website_token</c>, <c>secret</c>,
/// webhook URLs, <c>provider_config</c>, IMAP/SMTP passwords and channel access tokens are dropped on read.
/// </summary>
public sealed class Inbox
{
    public int Id { get; init; }

    public string? Name { get; init; }

    public int? ChannelId { get; init; }

    /// <summary>Such as <c>Channel::WebWidget</c> or <c>Channel::Email</c>.</summary>
    public string? ChannelType { get; init; }

    public string? AvatarUrl { get; init; }

    public string? WebsiteUrl { get; init; }

    public string? WidgetColor { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Email { get; init; }

    public string? Medium { get; init; }

    public string? Provider { get; init; }

    public bool? GreetingEnabled { get; init; }

    public string? GreetingMessage { get; init; }

    public bool? WorkingHoursEnabled { get; init; }

    public string? OutOfOfficeMessage { get; init; }

    public string? Timezone { get; init; }

    public bool? EnableAutoAssignment { get; init; }

    public bool? EnableEmailCollect { get; init; }

    public bool? CsatSurveyEnabled { get; init; }

    public bool? AllowMessagesAfterResolved { get; init; }

    public bool? LockToSingleConversation { get; init; }

    public string? WelcomeTitle { get; init; }

    public string? WelcomeTagline { get; init; }

    public string? ReplyTime { get; init; }
}
