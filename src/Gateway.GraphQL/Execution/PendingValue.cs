namespace Gateway.GraphQL.Execution;

/// <summary>
/// A result position (field or list index) whose value is still being computed; <see cref="Value"/> is awaited
/// exactly once. With <paramref name="IsResolverResult"/>, it is the resolver's own result, still to be completed.
/// </summary>
internal readonly record struct PendingValue(int Index, ValueTask<object?> Value, bool IsResolverResult = false);
