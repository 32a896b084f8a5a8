namespace Gateway.Tests.Clients.Results;

/// <summary>The schema's <c>Priority</c>.</summary>
internal enum Priority
{
    Low,
    Medium,
    High,
    Urgent,
}
