namespace Gateway.GraphQL.Errors;

/// <summary>A 1-based line and column in a GraphQL document, as the <c>locations</c> entry of an error.</summary>
public readonly record struct SourceLocation(int Line, int Column);
