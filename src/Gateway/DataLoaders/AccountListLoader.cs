using Gateway.Errors;
using Gateway.GraphQL.DataLoader;
using Gateway.Hosting;
using Gateway.Upstream;

namespace Gateway.DataLoaders;

/// <summary>
/// Looks entities up by id from an unpaged per-account list (agents, teams, inboxes): one upstream call per
/// account per request serves every key. A failed call fails exactly the keys of that account.
/// </summary>
internal abstract class AccountListLoader<TValue>(IBatchScheduler scheduler, ChatwootCaller caller)
    : BatchDataLoader<EntityKey, TValue>(scheduler)
    where TValue : class
{
    protected ChatwootCaller Caller { get; } = caller;

    protected abstract Task<UpstreamResult<IReadOnlyList<TValue>>> FetchAsync(ChatwootCallContext context, CancellationToken ct);

    protected abstract long IdOf(TValue value);

    protected sealed override async Task<IReadOnlyDictionary<EntityKey, TValue>> LoadBatchAsync(IReadOnlyList<EntityKey> keys, CancellationToken ct)
    {
        var accounts = keys.Select(k => k.AccountId).Distinct().ToList();
        var lists = await Task.WhenAll(accounts.Select(account => FetchAsync(Caller.For(account), ct)));
        var found = new Dictionary<EntityKey, TValue>(keys.Count);
        for (var i = 0; i < accounts.Count; i++)
        {
            if (!lists[i].TryGetValue(out var values, out var error))
            {
                throw UpstreamErrors.ToException(error);
            }

            foreach (var value in values)
            {
                found[new EntityKey(accounts[i], IdOf(value))] = value;
            }
        }

        return found;
    }
}
