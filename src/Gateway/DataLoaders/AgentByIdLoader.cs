using Gateway.GraphQL.DataLoader;
using Gateway.Hosting;
using Gateway.Upstream;

namespace Gateway.DataLoaders;

/// <summary>Agents by id: one <c>GET /agents</c> per account per request.</summary>
internal sealed class AgentByIdLoader(IBatchScheduler scheduler, ChatwootCaller caller, IChatwootClient client, LookupListCache cache)
    : AccountListLoader<Agent>(scheduler, caller, cache)
{
    protected override string ListName => "agents";

    protected override Task<UpstreamResult<IReadOnlyList<Agent>>> FetchAsync(ChatwootCallContext context, CancellationToken ct) =>
        client.ListAgentsAsync(context, ct);

    protected override long IdOf(Agent value) => value.Id;
}
