using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

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

    private readonly ConcurrentDictionary<(SimConversation Conversation, int UserId), byte[]> _conversationJson = new();

    /// <summary>
    /// The rendered JSON of a conversation as one user sees it (only <c>meta.team.is_member</c> depends on the user).
    /// A snapshot's data is treated as immutable, so the bytes are rendered once and reused.
    /// </summary>
    public byte[] ConversationJson(SimConversation conversation, Caller caller) =>
        _conversationJson.GetOrAdd((conversation, caller.User.Id), static (_, state) =>
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                ConversationJsonWriter.WriteConversation(writer, state.Conversation, state.Caller, state.Snapshot);
            }

            return buffer.WrittenSpan.ToArray();
        }, (Conversation: conversation, Caller: caller, Snapshot: this));
}
