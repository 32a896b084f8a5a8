using System.Collections.Concurrent;
using Gateway.Upstream;

namespace Gateway.DataLoaders;

/// <summary>
/// The contacts embedded in the conversation pages of the current request (<c>meta.sender</c>), by id: a message
/// sender that is one of them needs no upstream call for the fields the embedding carries. Request-scoped.
/// </summary>
internal sealed class EmbeddedContacts
{
    private readonly ConcurrentDictionary<EntityKey, Contact> _contacts = new();

    public void Add(int accountId, Contact contact) => _contacts.TryAdd(new EntityKey(accountId, contact.Id), contact);

    public Contact? Find(int accountId, long id) => _contacts.TryGetValue(new EntityKey(accountId, id), out var c) ? c : null;
}
