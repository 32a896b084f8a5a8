namespace Gateway.Upstream;

/// <summary>The list endpoint's <c>conversation_type</c> (not in the public docs).</summary>
public enum ConversationTypeFilter
{
    /// <summary><c>mention</c>: the token's user is mentioned.</summary>
    Mention,

    /// <summary><c>unattended</c>: no first reply yet, or waiting.</summary>
    Unattended,

    /// <summary><c>participating</c>: the token's user participates.</summary>
    Participating,
}
