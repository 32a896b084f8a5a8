using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>graphql-js's <c>typeFromAST</c>: the schema type a type reference names, or null when the name is unknown.</summary>
public static class TypeFromAst
{
    public static IType? Resolve(Schema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeNode);
        return Resolve(typeNode, schema.GetType);
    }

    internal static IType? Resolve(TypeNode typeNode, Func<string, INamedType?> lookup) => typeNode switch
    {
        NamedTypeNode named => lookup(named.Name.Value),
        ListTypeNode list => Resolve(list.Type, lookup) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => Resolve(nonNull.Type, lookup) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };
}
