using System.Text;

namespace Gateway.GraphQL.Types;

/// <summary>Predicates and helpers on <see cref="IType"/>, as graphql-js's <c>isInputType</c>, <c>getNamedType</c>, ...</summary>
public static class TypeExtensions
{
    /// <summary>The named type inside any list/non-null wrappers.</summary>
    public static INamedType NamedType(this IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        while (true)
        {
            switch (type)
            {
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                case INamedType named:
                    return named;
                default:
                    throw new ArgumentException($"Unknown type {type}.", nameof(type));
            }
        }
    }

    /// <summary>Scalars, enums, input objects and wrappers of them.</summary>
    public static bool IsInputType(this IType type) =>
        type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions, enums and wrappers of them.</summary>
    public static bool IsOutputType(this IType type) =>
        type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>Scalars and enums (not wrapped).</summary>
    public static bool IsLeafType(this IType type) => type is ScalarType or EnumType;

    /// <summary>Objects, interfaces and unions (not wrapped).</summary>
    public static bool IsCompositeType(this IType type) => type is ObjectType or InterfaceType or UnionType;

    /// <summary>Interfaces and unions (not wrapped).</summary>
    public static bool IsAbstractType(this IType type) => type is InterfaceType or UnionType;

    public static bool IsNonNullType(this IType type) => type is NonNullType;

    public static bool IsListType(this IType type) => type is ListType;

    /// <summary>The type without its outer non-null wrapper.</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>SDL notation, e.g. <c>[Int!]!</c>.</summary>
    public static string Print(this IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type switch
        {
            INamedType named => named.Name,
            ListType list => "[" + list.OfType.Print() + "]",
            NonNullType nonNull => nonNull.OfType.Print() + "!",
            _ => throw new ArgumentException($"Unknown type {type.GetType().Name}.", nameof(type)),
        };
    }

    internal static StringBuilder AppendType(this StringBuilder builder, IType type) => builder.Append(type.Print());
}
