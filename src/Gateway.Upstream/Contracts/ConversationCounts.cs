namespace Gateway.Upstream;

/// <summary>
/// The four counts of a conversation page. The filter endpoint sends no assigned count; it is derived as
/// all minus unassigned. With a search term, Chatwoot counts the current page only.
/// </summary>
public sealed record ConversationCounts(int MineCount, int AssignedCount, int UnassignedCount, int AllCount);
