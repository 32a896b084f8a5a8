using Gateway.GraphQL.DataLoader;
using Gateway.Hosting;
using Gateway.Upstream;

namespace Gateway.DataLoaders;

/// <summary>Inboxes by id: one <c>GET /inboxes</c> per account per request (secrets are dropped by the client on read).</summary>
internal sealed class InboxByIdLoader(IBatchScheduler scheduler, ChatwootCaller caller, IChatwootClient client, LookupListCache cache)
    : AccountListLoader<Inbox>(scheduler, caller, cache)
{
    protected override string ListName => "inboxes";

    protected override Task<UpstreamResult<IReadOnlyList<Inbox>>> FetchAsync(ChatwootCallContext context, CancellationToken ct) =>
        client.ListInboxesAsync(context, ct);

    protected override long IdOf(Inbox value) => value.Id;
}
