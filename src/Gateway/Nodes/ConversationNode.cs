using System.Text.Json;
using Gateway.Upstream;

namespace Gateway.Nodes;

/// <summary>
/// The GraphQL <c>Conversation</c>: an upstream conversation in the schema's shape (enum names, nulls for unset
/// timestamps). Related objects are resolved by resolvers through the request's DataLoaders, keyed by the ids kept here.
/// </summary>
internal sealed class ConversationNode
{
    private static readonly JsonElement EmptyObject = CreateEmptyObject();

    public ConversationNode(Conversation conversation, int accountId)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Source = conversation;
        RequestAccountId = accountId;
    }

    public Conversation Source { get; }

    /// <summary>The account the page was requested for (the conversation's own when upstream sends none).</summary>
    public int RequestAccountId { get; }

    public int Id => Source.Id;

    public string? Uuid => Source.Uuid;

    public int AccountId => Source.AccountId != 0 ? Source.AccountId : RequestAccountId;

    public int InboxId => Source.InboxId;

    public string? Status => EnumNames.From(Source.Status);

    public string? Priority => EnumNames.From(Source.Priority);

    public IReadOnlyList<string> Labels => Source.Labels;

    public DateTimeOffset? CreatedAt => Source.CreatedAt;

    public DateTimeOffset? UpdatedAt => Source.UpdatedAt;

    public DateTimeOffset? LastActivityAt => Source.LastActivityAt ?? Source.Timestamp;

    public DateTimeOffset? WaitingSince => Source.WaitingSince;

    public DateTimeOffset? SnoozedUntil => Source.SnoozedUntil;

    public DateTimeOffset? FirstReplyCreatedAt => Source.FirstReplyCreatedAt;

    public DateTimeOffset? AgentLastSeenAt => Source.AgentLastSeenAt;

    public DateTimeOffset? AssigneeLastSeenAt => Source.AssigneeLastSeenAt;

    public DateTimeOffset? ContactLastSeenAt => Source.ContactLastSeenAt;

    public int UnreadCount => Source.UnreadCount;

    public bool Muted => Source.Muted;

    public bool CanReply => Source.CanReply ?? false;

    public string? Channel => Source.Meta.Channel;

    public bool? HmacVerified => Source.Meta.HmacVerified;

    public JsonElement CustomAttributes => Source.CustomAttributes is { ValueKind: JsonValueKind.Object } c ? c : EmptyObject;

    public JsonElement AdditionalAttributes => Source.AdditionalAttributes is { ValueKind: JsonValueKind.Object } a ? a : EmptyObject;

    /// <summary>The messages as nodes, built when the query selects them (most page queries do not).</summary>
    public IReadOnlyList<MessageNode> Messages
    {
        get
        {
            var messages = Source.Messages;
            var nodes = new MessageNode[messages.Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = new MessageNode(messages[i], RequestAccountId);
            }

            return nodes;
        }
    }

    public MessageNode? LastNonActivityMessage =>
        Source.LastNonActivityMessage is { } last ? new MessageNode(last, RequestAccountId) : null;

    private static JsonElement CreateEmptyObject()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }
}
