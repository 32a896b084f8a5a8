namespace Gateway.Tests.Clients.Results;

/// <summary>The schema's <c>AssigneeType</c>.</summary>
internal enum AssigneeType
{
    Me,
    Unassigned,
    Assigned,
    All,
}
