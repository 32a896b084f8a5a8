using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.Execution.SchedulerBatching;

/// <summary>A loader whose fetch loads from two other loaders of the same request (contact, then the contact's inbox).</summary>
internal sealed class ContactInboxNameLoader(IBatchScheduler scheduler, BatchLog log, ContactLoader contacts, InboxLoader inboxes)
    : BatchDataLoader<int, string>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct)
    {
        log.Record("contactInboxName", keys, ct);
        var contactValues = await contacts.LoadAsync(keys, ct);
        var inboxValues = await inboxes.LoadAsync([.. contactValues.Select(c => (int)c!["inboxId"]!)], ct);
        return keys.Select((k, i) => (k, name: (string)inboxValues[i]!["name"]!)).ToDictionary(p => p.k, p => p.name);
    }
}
