namespace Chatwoot.Simulator.Api;

/// <summary>An indexed, read-only view of one data set.</summary>
internal sealed class DataSnapshot
{
    public DataSnapshot(SimulatorData data)
    {
        Data = data;
        foreach (var user in data.Users)
        {
            UsersById[user.Id] = user;
            if (!string.IsNullOrEmpty(user.AccessToken))
            {
                UsersByToken[user.AccessToken] = user;
            }
        }

        foreach (var account in data.Accounts)
        {
            Accounts[account.Id] = new AccountIndex(account);
        }
    }

    public SimulatorData Data { get; }

    public Dictionary<string, SimUser> UsersByToken { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, SimUser> UsersById { get; } = [];

    public Dictionary<int, AccountIndex> Accounts { get; } = [];
}
