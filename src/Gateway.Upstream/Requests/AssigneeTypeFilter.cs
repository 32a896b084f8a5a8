namespace Gateway.Upstream;

/// <summary>The list endpoint's <c>assignee_type</c>. Applied after the counts are taken.</summary>
public enum AssigneeTypeFilter
{
    /// <summary><c>all</c>: no assignee filter.</summary>
    All,

    /// <summary><c>me</c>: assigned to the token's user.</summary>
    Me,

    /// <summary><c>unassigned</c>.</summary>
    Unassigned,

    /// <summary><c>assigned</c>: any assignee.</summary>
    Assigned,
}
