namespace Gateway.Filtering;

/// <summary>
/// A field of <c>ConversationFilterInput</c> and the Chatwoot attribute it maps to. Enum values are sent
/// lower-cased (<c>OPEN</c> becomes <c>open</c>).
/// </summary>
internal sealed record FilterAttribute(string Field, string Key, FilterAttributeKind Kind, bool EnumValues = false)
{
    /// <summary>The fifteen standard attributes Chatwoot's filter endpoint accepts, keyed by GraphQL field name.</summary>
    public static readonly IReadOnlyDictionary<string, FilterAttribute> Standard = new Dictionary<string, FilterAttribute>(StringComparer.Ordinal)
    {
        ["status"] = new("status", "status", FilterAttributeKind.Equality, EnumValues: true),
        ["priority"] = new("priority", "priority", FilterAttributeKind.Equality, EnumValues: true),
        ["contactId"] = new("contactId", "contact_id", FilterAttributeKind.Equality),
        ["assigneeId"] = new("assigneeId", "assignee_id", FilterAttributeKind.Presence),
        ["inboxId"] = new("inboxId", "inbox_id", FilterAttributeKind.Presence),
        ["teamId"] = new("teamId", "team_id", FilterAttributeKind.Presence),
        ["campaignId"] = new("campaignId", "campaign_id", FilterAttributeKind.Presence),
        ["labels"] = new("labels", "labels", FilterAttributeKind.Presence),
        ["displayId"] = new("displayId", "display_id", FilterAttributeKind.Text),
        ["referer"] = new("referer", "referer", FilterAttributeKind.Text),
        ["mailSubject"] = new("mailSubject", "mail_subject", FilterAttributeKind.Text),
        ["browserLanguage"] = new("browserLanguage", "browser_language", FilterAttributeKind.Equality),
        ["conversationLanguage"] = new("conversationLanguage", "conversation_language", FilterAttributeKind.Equality),
        ["createdAt"] = new("createdAt", "created_at", FilterAttributeKind.Date),
        ["lastActivityAt"] = new("lastActivityAt", "last_activity_at", FilterAttributeKind.Date),
    };

    /// <summary>Chatwoot attribute keys of the standard attributes; a custom attribute may not reuse them.</summary>
    public static readonly IReadOnlySet<string> StandardKeys = Standard.Values.Select(a => a.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
