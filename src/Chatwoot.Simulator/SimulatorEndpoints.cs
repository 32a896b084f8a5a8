namespace Chatwoot.Simulator;

/// <summary>Names of the simulated endpoints, used by fault rules and the request log.</summary>
public static class SimulatorEndpoints
{
    /// <summary>Matches every endpoint in a fault rule.</summary>
    public const string Any = "*";

    public const string ConversationsList = "conversations.list";
    public const string ConversationsFilter = "conversations.filter";
    public const string ContactsGet = "contacts.get";
    public const string AgentsList = "agents.list";
    public const string TeamsList = "teams.list";
    public const string InboxesList = "inboxes.list";
    public const string Profile = "profile.get";
}
