using System.Text;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL like graphql-js's <c>printSchema</c>: the schema block only when root names are not the
/// defaults (or there is a description), then custom directives, then types in definition order; built-in scalars,
/// built-in directives and introspection types are left out. Output is stable and round-trips through <see cref="Schema.FromSdl"/>.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>SDL for the schema (no trailing newline, as graphql-js).</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } schemaDefinition)
        {
            parts.Add(schemaDefinition);
        }

        // Like graphql-js's isSpecifiedDirective, by name: an SDL redefinition of @deprecated is not printed either.
        parts.AddRange(schema.Directives.Where(d => BuiltInDirectives.Get(d.Name) is null).Select(PrintDirective));
        parts.AddRange(schema.Types.Values
            .Where(t => !IntrospectionTypes.IsIntrospectionTypeName(t.Name) && t is not ScalarType { IsBuiltIn: true })
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>SDL for one named type, as graphql-js's <c>printType</c>.</summary>
    public static string PrintType(INamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type switch
        {
            ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar.SpecifiedByUrl),
            ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintImplements(obj.Interfaces) + PrintFields(obj.Fields.Values),
            InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintImplements(iface.Interfaces) + PrintFields(iface.Fields.Values),
            UnionType union => PrintDescription(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
            EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(enumType.Values.Values.Select((v, i) =>
                PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
            InputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + PrintBlock(input.Fields.Values.Select((f, i) =>
                PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
            _ => throw new ArgumentException($"Unknown type {type.GetType().Name}.", nameof(type)),
        };
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var builder = new StringBuilder(PrintDescription(schema.Description)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is not null)
        {
            builder.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description)
        + "directive @" + directive.Name
        + PrintArguments(directive.Arguments.Values.ToList(), string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string PrintImplements(IReadOnlyList<InterfaceType> interfaces) =>
        interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(IEnumerable<OutputField> fields) =>
        PrintBlock(fields.Select((f, i) =>
            PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArguments(f.Arguments.Values.ToList(), "  ") + ": " + f.Type.Print() + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string PrintArguments(List<InputValue> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.TrueForAll(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        return "(\n"
            + string.Join("\n", arguments.Select((a, i) => PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValue value)
    {
        var declaration = value.Name + ": " + value.Type.Print();
        if (value.PrintDefaultValue() is { } defaultValue)
        {
            declaration += " = " + defaultValue;
        }

        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + ValueLiteralPrinter.PrintString(reason) + ")",
    };

    private static string PrintSpecifiedBy(string? url) =>
        url is null ? string.Empty : " @specifiedBy(url: " + ValueLiteralPrinter.PrintString(url) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var text = ValueLiteralPrinter.IsPrintableAsBlockString(description)
            ? ValueLiteralPrinter.PrintBlockString(description)
            : ValueLiteralPrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
