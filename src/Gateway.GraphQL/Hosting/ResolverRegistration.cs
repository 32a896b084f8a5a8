using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Hosting;

/// <summary>A resolver registered for <c>Type.field</c>.</summary>
internal sealed record ResolverRegistration(string TypeName, string FieldName, FieldResolver Resolver);
