using Gateway.Upstream;

namespace Gateway.Nodes;

/// <summary>
/// The GraphQL <c>Contact</c>. A conversation's sender arrives embedded with every field but its inboxes
/// (<see cref="Embedded"/>); a message's sender arrives partial (<see cref="Partial"/>). Fields neither carries are
/// resolved through the request's contact loader (<c>GET /contacts/{id}</c>, each id at most once per request).
/// </summary>
internal sealed class ContactNode
{
    public ContactNode(Contact embedded, int accountId)
    {
        ArgumentNullException.ThrowIfNull(embedded);
        Embedded = embedded;
        AccountId = accountId;
        Id = embedded.Id;
    }

    public ContactNode(MessageSender partial, int accountId)
    {
        ArgumentNullException.ThrowIfNull(partial);
        Partial = partial;
        AccountId = accountId;
        Id = partial.Id;
    }

    public Contact? Embedded { get; }

    public MessageSender? Partial { get; }

    public int AccountId { get; }

    public long Id { get; }

    public string? Name => Embedded is not null ? Embedded.Name : Partial?.Name;

    public string? Email => Embedded is not null ? Embedded.Email : Partial?.Email;

    public string? PhoneNumber => Embedded is not null ? Embedded.PhoneNumber : Partial?.PhoneNumber;

    public string? Identifier => Embedded is not null ? Embedded.Identifier : Partial?.Identifier;

    public string? Thumbnail => Embedded is not null ? Embedded.Thumbnail : Partial?.Thumbnail;

    public string? AvailabilityStatus => Embedded is not null ? Embedded.AvailabilityStatus : Partial?.AvailabilityStatus;
}
