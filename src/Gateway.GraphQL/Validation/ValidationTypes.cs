using System.Runtime.CompilerServices;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// Type look-ups as graphql-js's schema sees them. A graphql-js schema built from SDL holds the built-in scalars
/// Int, Float and ID only when something references them (String and Boolean are always referenced by
/// introspection and the built-in directives), so a document naming an unused one gets "Unknown type". Validation
/// resolves names through here to agree with graphql-js; the schema model itself still has every built-in scalar.
/// </summary>
internal static class ValidationTypes
{
    private static readonly ConditionalWeakTable<Schema, HashSet<string>> UnreferencedScalars = new();

    /// <summary>The named type as graphql-js's schema would have it, or null.</summary>
    public static INamedType? GetType(Schema schema, string name)
    {
        var type = schema.GetType(name);
        return type is not null && IsHidden(schema, name) ? null : type;
    }

    /// <summary>TypeFromAst.Resolve, treating unreferenced built-in scalars as unknown.</summary>
    public static IType? Resolve(Schema schema, TypeNode typeNode)
    {
        var named = typeNode;
        while (named is not NamedTypeNode)
        {
            named = named is ListTypeNode list ? list.Type : ((NonNullTypeNode)named).Type;
        }

        return IsHidden(schema, ((NamedTypeNode)named).Name.Value) ? null : TypeFromAst.Resolve(schema, typeNode);
    }

    /// <summary>True for Int, Float or ID when no field, argument, input field or directive argument uses it.</summary>
    public static bool IsHidden(Schema schema, string name) =>
        name is "Int" or "Float" or "ID" && UnreferencedScalars.GetValue(schema, Compute).Contains(name);

    private static HashSet<string> Compute(Schema schema)
    {
        var unreferenced = new HashSet<string>(StringComparer.Ordinal) { "Int", "Float", "ID" };
        foreach (var type in schema.Types.Values)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            switch (type)
            {
                case ObjectType objectType:
                    Fields(objectType.Fields.Values, unreferenced);
                    break;
                case InterfaceType interfaceType:
                    Fields(interfaceType.Fields.Values, unreferenced);
                    break;
                case InputObjectType inputType:
                    InputValues(inputType.Fields.Values, unreferenced);
                    break;
                default:
                    break;
            }
        }

        foreach (var directive in schema.Directives)
        {
            InputValues(directive.Arguments.Values, unreferenced);
        }

        return unreferenced;
    }

    private static void Fields(IEnumerable<OutputField> fields, HashSet<string> unreferenced)
    {
        foreach (var field in fields)
        {
            unreferenced.Remove(field.Type.NamedType().Name);
            InputValues(field.Arguments.Values, unreferenced);
        }
    }

    private static void InputValues(IEnumerable<InputValue> values, HashSet<string> unreferenced)
    {
        foreach (var value in values)
        {
            unreferenced.Remove(value.Type.NamedType().Name);
        }
    }
}
