using System.Collections.Concurrent;
using Gateway.Errors;
using Gateway.GraphQL.DataLoader;
using Gateway.Hosting;
using Gateway.Upstream;

namespace Gateway.DataLoaders;

/// <summary>
/// Looks entities up by id from an unpaged per-account list (agents, inboxes): one upstream call per account per
/// request serves every key, in this batch and in any later one (a later batch, say from a second aliased
/// <c>conversations</c> field, reuses the list already fetched or in flight). A failed call fails exactly the keys
/// of that account. A resolver that knows the list will be needed can start it early with <see cref="Prefetch"/>.
/// </summary>
internal abstract class AccountListLoader<TValue>(IBatchScheduler scheduler, ChatwootCaller caller, LookupListCache cache)
    : BatchDataLoader<EntityKey, TValue>(scheduler)
    where TValue : class
{
    private readonly ConcurrentDictionary<int, Lazy<Task<UpstreamResult<IReadOnlyList<TValue>>>>> _lists = new();

    protected ChatwootCaller Caller { get; } = caller;

    /// <summary>The list's name in <see cref="LookupListCache"/> keys.</summary>
    protected abstract string ListName { get; }

    protected abstract Task<UpstreamResult<IReadOnlyList<TValue>>> FetchAsync(ChatwootCallContext context, CancellationToken ct);

    protected abstract long IdOf(TValue value);

    /// <summary>
    /// Starts the account's list call now unless it is already made or in flight, so that it runs alongside other
    /// upstream work (the conversation page) instead of after it. Later loads use the same call.
    /// </summary>
    public void Prefetch(int accountId, CancellationToken ct) => _ = ListOf(accountId, ct);

    private Task<UpstreamResult<IReadOnlyList<TValue>>> ListOf(int accountId, CancellationToken ct) =>
        _lists.GetOrAdd(accountId, a => new Lazy<Task<UpstreamResult<IReadOnlyList<TValue>>>>(() => Fetch(a, ct))).Value;

    private Task<UpstreamResult<IReadOnlyList<TValue>>> Fetch(int accountId, CancellationToken ct)
    {
        var context = Caller.For(accountId);
        return cache.IsEnabled
            ? cache.GetOrFetchAsync(ListName, accountId, context.AccessToken, shared => FetchAsync(context, shared)).WaitAsync(ct)
            : FetchAsync(context, ct);
    }

    protected sealed override async Task<IReadOnlyDictionary<EntityKey, TValue>> LoadBatchAsync(IReadOnlyList<EntityKey> keys, CancellationToken ct)
    {
        var accounts = keys.Select(k => k.AccountId).Distinct().ToList();
        var lists = await Task.WhenAll(accounts.Select(account => ListOf(account, ct)));
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
