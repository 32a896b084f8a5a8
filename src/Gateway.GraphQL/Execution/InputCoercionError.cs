namespace Gateway.GraphQL.Execution;

/// <summary>One problem found while coercing an input value: where (path inside the value), what value and why.</summary>
internal readonly record struct InputCoercionError(IReadOnlyList<object> Path, string InvalidValue, string Message);
