using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Execution;

/// <summary>Prints a type reference from the AST (<c>[ID!]!</c>) without needing the schema.</summary>
internal static class TypeNodePrinter
{
    public static string Print(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
