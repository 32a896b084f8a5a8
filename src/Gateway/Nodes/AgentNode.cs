using Gateway.Upstream;

namespace Gateway.Nodes;

/// <summary>
/// The GraphQL <c>Agent</c>. A conversation's assignee arrives complete (<see cref="Full"/>); a message's sender
/// arrives partial (<see cref="Partial"/>: id, names, avatar, availability), so the fields it lacks are resolved
/// through the request's agents loader (one <c>GET /agents</c> per account).
/// </summary>
internal sealed class AgentNode
{
    public AgentNode(Agent full, int accountId)
    {
        ArgumentNullException.ThrowIfNull(full);
        Full = full;
        AccountId = accountId;
        Id = full.Id;
    }

    public AgentNode(MessageSender partial, int accountId)
    {
        ArgumentNullException.ThrowIfNull(partial);
        Partial = partial;
        AccountId = accountId;
        Id = partial.Id;
    }

    public Agent? Full { get; }

    public MessageSender? Partial { get; }

    public int AccountId { get; }

    public long Id { get; }

    public string? Name => Full?.Name ?? Partial?.Name;

    public string? AvailableName => Full is not null ? Full.AvailableName : Partial?.AvailableName;

    public string? Thumbnail => Full is not null ? Full.Thumbnail : Partial?.Thumbnail;

    public string? AvailabilityStatus => Full is not null ? Full.AvailabilityStatus : Partial?.AvailabilityStatus;
}
