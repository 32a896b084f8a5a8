namespace Gateway.Tests.Clients.Results;

/// <summary>The schema's <c>PriorityOperationInput</c>.</summary>
internal sealed record PriorityOperationInput(Priority? Eq = null, Priority? Neq = null, IReadOnlyList<Priority>? In = null, IReadOnlyList<Priority>? Nin = null);
