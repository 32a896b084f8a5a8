namespace Chatwoot.Simulator;

/// <summary>An account with everything in it.</summary>
public sealed class SimAccount
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary><c>active</c> or <c>suspended</c>.</summary>
    public string Status { get; set; } = "active";

    public string Locale { get; set; } = "en";

    public List<SimAccountUser> Members { get; set; } = [];

    public List<SimInbox> Inboxes { get; set; } = [];

    public List<SimTeam> Teams { get; set; } = [];

    public List<SimLabel> Labels { get; set; } = [];

    public List<SimCustomAttributeDefinition> CustomAttributeDefinitions { get; set; } = [];

    public List<SimContact> Contacts { get; set; } = [];

    public List<SimConversation> Conversations { get; set; } = [];
}
