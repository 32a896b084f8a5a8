namespace Gateway.Tests.Clients.Results;

/// <summary>The schema's <c>LabelOperationInput</c>.</summary>
internal sealed record LabelOperationInput(string? Eq = null, string? Neq = null, IReadOnlyList<string>? In = null, IReadOnlyList<string>? Nin = null, bool? Exists = null);
