namespace Gateway.Tests.Clients.Results;

/// <summary>A <c>Contact</c> or <c>Agent</c> selected as <c>{ id name }</c> (an agent's name is non-null).</summary>
internal sealed record PersonResult(int Id, string? Name);
