namespace Gateway.DataLoaders;

/// <summary>An upstream entity's id within its account: the key of every lookup loader.</summary>
internal readonly record struct EntityKey(int AccountId, long Id);
