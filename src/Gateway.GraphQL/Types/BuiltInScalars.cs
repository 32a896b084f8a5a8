namespace Gateway.GraphQL.Types;

#pragma warning disable CA1720 // the members are named after the GraphQL scalars they expose

/// <summary>The specification's scalars, shared by every schema.</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new IntType();

    public static ScalarType Float { get; } = new FloatType();

    public static ScalarType String { get; } = new StringType();

    public static ScalarType Boolean { get; } = new BooleanType();

    public static ScalarType ID { get; } = new IdType();

    /// <summary>All five, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>True when <paramref name="name"/> is one of the five.</summary>
    public static bool IsBuiltInName(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    internal static ScalarType? Get(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
