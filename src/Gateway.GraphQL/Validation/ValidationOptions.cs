namespace Gateway.GraphQL.Validation;

/// <summary>Options for <see cref="DocumentValidator"/>.</summary>
public sealed class ValidationOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// How many errors are collected before validation stops; when one more is found, a final
    /// <c>TOO_MANY_VALIDATION_ERRORS</c> error is appended and validation is aborted (graphql-js's <c>maxErrors</c>).
    /// </summary>
    public int MaxErrors { get; init; } = 100;
}
