namespace Gateway.GraphQL.Execution;

/// <summary>The operation types a request may run (HTTP GET allows <see cref="Query"/> only).</summary>
[Flags]
public enum OperationKinds
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}
