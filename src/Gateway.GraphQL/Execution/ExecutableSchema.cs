using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>A schema together with its bound resolvers and abstract-type resolvers.</summary>
internal sealed class ExecutableSchema
{
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers;
    private readonly Dictionary<string, Func<object, string?>> _typeResolvers;

    public ExecutableSchema(
        Schema schema,
        IReadOnlyDictionary<(string Type, string Field), FieldResolver> resolvers,
        IReadOnlyDictionary<string, Func<object, string?>> typeResolvers)
    {
        Schema = schema;
        _resolvers = new Dictionary<(string Type, string Field), FieldResolver>(resolvers);
        _typeResolvers = new Dictionary<string, Func<object, string?>>(typeResolvers, StringComparer.Ordinal);
        IntrospectionResolvers.Register(_resolvers);
    }

    public Schema Schema { get; }

    public FieldResolver? GetResolver(ObjectType type, string fieldName)
    {
        if (ReferenceEquals(type, Schema.QueryType))
        {
            switch (fieldName)
            {
                case IntrospectionResolvers.SchemaFieldName:
                    return IntrospectionResolvers.ResolveSchema;
                case IntrospectionResolvers.TypeFieldName:
                    return IntrospectionResolvers.ResolveType;
            }
        }

        return _resolvers.TryGetValue((type.Name, fieldName), out var resolver) ? resolver : null;
    }

    public Func<object, string?>? GetTypeResolver(INamedType abstractType) =>
        _typeResolvers.TryGetValue(abstractType.Name, out var resolver) ? resolver : null;
}
