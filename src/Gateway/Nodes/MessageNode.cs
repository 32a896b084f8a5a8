using System.Text.Json;
using Gateway.Upstream;

namespace Gateway.Nodes;

/// <summary>The GraphQL <c>Message</c>; its <c>sender</c> is resolved from the embedded sender and the request's loaders.</summary>
internal sealed class MessageNode(Message message, int accountId)
{
    public Message Source { get; } = message;

    public int AccountId { get; } = accountId;

    public long Id => Source.Id;

    public string? Content => Source.Content;

    public string? MessageType => EnumNames.MessageType(Source.MessageType);

    public string? ContentType => Source.ContentType;

    public string? Status => Source.Status;

    public bool Private => Source.Private;

    public DateTimeOffset? CreatedAt => Source.CreatedAt;

    public DateTimeOffset? UpdatedAt => Source.UpdatedAt;

    public string? SourceId => Source.SourceId;

    public int? ConversationId => Source.ConversationId;

    public JsonElement? ContentAttributes => Source.ContentAttributes;
}
