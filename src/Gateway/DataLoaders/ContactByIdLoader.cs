using System.Collections.Concurrent;
using Gateway.Errors;
using Gateway.GraphQL.DataLoader;
using Gateway.Hosting;
using Gateway.Upstream;
using Microsoft.Extensions.Options;

namespace Gateway.DataLoaders;

/// <summary>
/// Full contacts by id. Chatwoot has no endpoint that returns many contacts by id, so a batch makes one
/// <c>GET /contacts/{id}</c> per distinct id, at most <see cref="GatewayOptions.ContactLookupConcurrency"/> at a
/// time; the loader's cache makes each id cost at most one call per request. An unknown contact resolves to null.
/// </summary>
internal sealed class ContactByIdLoader(IBatchScheduler scheduler, ChatwootCaller caller, IChatwootClient client, IOptions<GatewayOptions> options)
    : BatchDataLoader<EntityKey, Contact>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<EntityKey, Contact>> LoadBatchAsync(IReadOnlyList<EntityKey> keys, CancellationToken ct)
    {
        var found = new ConcurrentDictionary<EntityKey, Contact>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.ContactLookupConcurrency), CancellationToken = ct };
        await Parallel.ForEachAsync(keys, parallel, async (key, token) =>
        {
            var result = await client.GetContactAsync(caller.For(key.AccountId), checked((int)key.Id), token);
            if (result.TryGetValue(out var contact, out var error))
            {
                found[key] = contact;
            }
            else if (error.Kind != UpstreamErrorKind.NotFound)
            {
                throw UpstreamErrors.ToException(error);
            }
        });
        return found;
    }
}
