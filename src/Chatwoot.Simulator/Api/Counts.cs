namespace Chatwoot.Simulator.Api;

/// <summary>The meta counts of a conversation set.</summary>
internal readonly record struct Counts(int Mine, int Assigned, int Unassigned, int All)
{
    public static Counts Of(IReadOnlyCollection<SimConversation> rows, int userId)
    {
        int mine = 0, unassigned = 0;
        foreach (var c in rows)
        {
            if (c.AssigneeId is null)
            {
                unassigned++;
            }
            else if (c.AssigneeId == userId)
            {
                mine++;
            }
        }

        return new Counts(mine, rows.Count - unassigned, unassigned, rows.Count);
    }
}
