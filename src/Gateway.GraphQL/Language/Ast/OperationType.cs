namespace Gateway.GraphQL.Language;

/// <summary><c>OperationType : one of query mutation subscription</c></summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
