namespace Gateway.DataLoaders;

/// <summary>
/// What a cached lookup list belongs to: the list (<c>agents</c>, <c>inboxes</c>), the account, and the SHA-256 of
/// the access token that fetched it (Chatwoot answers each user with the inboxes that user may see), never the token.
/// </summary>
internal readonly record struct LookupListKey(string List, int AccountId, string TokenHash);
