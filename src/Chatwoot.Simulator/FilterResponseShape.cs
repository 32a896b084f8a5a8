namespace Chatwoot.Simulator;

/// <summary>Which body the filter endpoint returns.</summary>
public enum FilterResponseShape
{
    /// <summary>What the real server sends: <c>{"meta":{mine_count, unassigned_count, all_count},"payload":[...]}</c>.</summary>
    Real,

    /// <summary>What the seed documentation shows: <c>{"data":{"meta":{four counts},"payload":[...]}}</c>.</summary>
    SeedWrapped,
}
