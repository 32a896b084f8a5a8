using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>
/// An inbox. Only non-secret fields exist here: Chatwoot's <c>hmac_token</c>, <c>website_token</c>, <c>secret</c>,
/// webhook URLs, <c>provider_config</c>, IMAP/SMTP passwords and channel access tokens are dropped on read.
/// </summary>
public sealed class Inbox
{
    [JsonInclude]
    public int Id { get; internal set; }

    [JsonInclude]
    public string? Name { get; internal set; }

    [JsonInclude]
    public int? ChannelId { get; internal set; }

    /// <summary>Such as <c>Channel::WebWidget</c> or <c>Channel::Email</c>.</summary>
    [JsonInclude]
    public string? ChannelType { get; internal set; }

    [JsonInclude]
    public string? AvatarUrl { get; internal set; }

    [JsonInclude]
    public string? WebsiteUrl { get; internal set; }

    [JsonInclude]
    public string? WidgetColor { get; internal set; }

    [JsonInclude]
    public string? PhoneNumber { get; internal set; }

    [JsonInclude]
    public string? Email { get; internal set; }

    [JsonInclude]
    public string? Medium { get; internal set; }

    [JsonInclude]
    public string? Provider { get; internal set; }

    [JsonInclude]
    public bool? GreetingEnabled { get; internal set; }

    [JsonInclude]
    public string? GreetingMessage { get; internal set; }

    [JsonInclude]
    public bool? WorkingHoursEnabled { get; internal set; }

    [JsonInclude]
    public string? OutOfOfficeMessage { get; internal set; }

    [JsonInclude]
    public string? Timezone { get; internal set; }

    [JsonInclude]
    public bool? EnableAutoAssignment { get; internal set; }

    [JsonInclude]
    public bool? EnableEmailCollect { get; internal set; }

    [JsonInclude]
    public bool? CsatSurveyEnabled { get; internal set; }

    [JsonInclude]
    public bool? AllowMessagesAfterResolved { get; internal set; }

    [JsonInclude]
    public bool? LockToSingleConversation { get; internal set; }

    [JsonInclude]
    public string? WelcomeTitle { get; internal set; }

    [JsonInclude]
    public string? WelcomeTagline { get; internal set; }

    [JsonInclude]
    public string? ReplyTime { get; internal set; }
}
