using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Hosting;

/// <summary>Everything registered through <see cref="IRequestExecutorBuilder"/>, turned into an executable schema at start-up.</summary>
internal sealed class SchemaSetup
{
    public List<SchemaDocumentSource> Documents { get; } = [];

    public List<ResolverRegistration> Resolvers { get; } = [];

    public List<(string AbstractType, Func<object, string?> Resolver)> TypeResolvers { get; } = [];

    public List<ScalarType> Scalars { get; } = [];
}
