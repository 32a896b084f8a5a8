namespace Gateway.Upstream;

/// <summary>One page (at most 25) of conversations with their counts, from either the list or the filter endpoint.</summary>
/// <param name="Counts">The counts.</param>
/// <param name="Conversations">The conversations of the page, in Chatwoot's order.</param>
public sealed record ConversationPage(ConversationCounts Counts, IReadOnlyList<Conversation> Conversations);
