namespace Gateway.GraphQL.Errors;

/// <summary>Carries one or more <see cref="GraphQLError"/>s across a boundary that throws (the parser, coercion).</summary>
public class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Errors = [error];
    }

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors is { Count: > 0 } ? errors[0].Message : "GraphQL error")
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
