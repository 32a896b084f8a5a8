namespace Gateway.GraphQL.Execution;

/// <summary>Resolves one field; the executor awaits it only when it does not complete synchronously.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
