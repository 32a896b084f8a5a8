namespace Chatwoot.Simulator.Api;

/// <summary>Lookups inside one account.</summary>
internal sealed class AccountIndex
{
    public AccountIndex(SimAccount account)
    {
        Account = account;
        foreach (var member in account.Members)
        {
            Roles[member.UserId] = member.Role;
        }

        foreach (var inbox in account.Inboxes)
        {
            Inboxes[inbox.Id] = inbox;
        }

        foreach (var team in account.Teams)
        {
            Teams[team.Id] = team;
        }

        foreach (var contact in account.Contacts)
        {
            Contacts[contact.Id] = contact;
        }

        foreach (var definition in account.CustomAttributeDefinitions)
        {
            if (definition.AttributeModel == "conversation_attribute")
            {
                ConversationAttributes.TryAdd(definition.AttributeKey, definition);
            }
        }

        // Newest first by last activity; the stable sort keeps insertion order between equal timestamps.
        ByLastActivityDesc = [.. account.Conversations.OrderByDescending(c => c.LastActivityAt)];
    }

    public SimAccount Account { get; }

    public Dictionary<int, string> Roles { get; } = [];

    public Dictionary<int, SimInbox> Inboxes { get; } = [];

    public Dictionary<int, SimTeam> Teams { get; } = [];

    public Dictionary<int, SimContact> Contacts { get; } = [];

    public Dictionary<string, SimCustomAttributeDefinition> ConversationAttributes { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<SimConversation> ByLastActivityDesc { get; }
}
