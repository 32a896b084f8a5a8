namespace Gateway.GraphQL.Execution;

/// <summary>The getter of a field for one CLR parent type (null getter: resolve by dictionary or JSON lookup).</summary>
internal sealed record ParentAccessor(Type Type, Func<object, object?>? Getter);
