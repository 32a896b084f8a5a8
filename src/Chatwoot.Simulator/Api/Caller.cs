namespace Chatwoot.Simulator.Api;

/// <summary>The authenticated user acting in one account.</summary>
internal sealed class Caller(SimUser user, AccountIndex account, string role)
{
    private readonly HashSet<int> _inboxIds = role == "administrator"
        ? [.. account.Account.Inboxes.Select(i => i.Id)]
        : [.. account.Account.Inboxes.Where(i => i.MemberIds.Contains(user.Id)).Select(i => i.Id)];

    public SimUser User { get; } = user;

    public AccountIndex Account { get; } = account;

    public string Role { get; } = role;

    public bool IsAdministrator => Role == "administrator";

    /// <summary>Administrators see every inbox; agents only the inboxes they belong to.</summary>
    public bool CanSeeInbox(int inboxId) => _inboxIds.Contains(inboxId);

    public bool CanSee(SimConversation conversation) => _inboxIds.Contains(conversation.InboxId);
}
