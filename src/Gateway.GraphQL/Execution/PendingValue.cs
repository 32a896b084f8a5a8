namespace Gateway.GraphQL.Execution;

/// <summary>A result position (field or list index) whose value is still being computed.</summary>
internal readonly record struct PendingValue(int Index, Task<object?> Task);
