namespace Gateway.GraphQL.Types;

/// <summary>Prints a schema as SDL, like graphql-js's <c>printSchema</c>.</summary>
public static partial class SchemaPrinter
{
    /// <summary>SDL for the schema, omitting built-in scalars, built-in directives and introspection types.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return string.Empty;
    }
}
