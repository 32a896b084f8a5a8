using System.Globalization;
using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text in graphql-js 16's <c>print</c> format (two-space indentation, shorthand query
/// when possible, block strings kept as block strings, long argument lists wrapped). Printing is stable:
/// <c>Print(Parse(Print(ast))) == Print(ast)</c>, and <c>Parse(Print(ast))</c> equals <c>ast</c> structurally.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node: a whole document, a definition, a selection, a value or a type reference.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            DocumentNode document => Join(document.Definitions.Select(Print), "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable =>
                PrintDescription(variable.Description) + Print(variable.Variable) + ": " + Print(variable.Type) + Wrap(" = ", PrintOptional(variable.DefaultValue))
                + Wrap(" ", PrintDirectives(variable.Directives)),
            SelectionSetNode selectionSet => Block(selectionSet.Selections.Select(Print)),
            FieldNode field => PrintField(field),
            ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", PrintDirectives(spread.Directives)),
            InlineFragmentNode inline => Join(
                ["...", Wrap("on ", inline.TypeCondition?.Name.Value), PrintDirectives(inline.Directives), Print(inline.SelectionSet)], " "),
            FragmentDefinitionNode fragment =>
                PrintDescription(fragment.Description) + "fragment " + fragment.Name.Value + " on " + fragment.TypeCondition.Name.Value + " "
                + Wrap(string.Empty, PrintDirectives(fragment.Directives), " ") + Print(fragment.SelectionSet),
            NameNode name => name.Value,
            DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments.Select(Print), ", "), ")"),
            NamedTypeNode named => named.Name.Value,
            ListTypeNode list => "[" + Print(list.Type) + "]",
            NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
            ValueNode value => PrintValue(value),
            ObjectFieldNode objectField => objectField.Name.Value + ": " + Print(objectField.Value),
            _ => PrintTypeSystem(node),
        };
    }

    /// <summary>Prints a string as a quoted GraphQL string, escaping like graphql-js's <c>printString</c>.</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        // graphql-js 16.15: variable definitions go one per line (not indented) when any of them spans lines.
        var variables = operation.VariableDefinitions.Select(Print).ToList();
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = OperationKeyword(operation.Operation);
        var prefix = PrintDescription(operation.Description)
            + Join([keyword, Join([operation.Name?.Value, variableDefinitions], string.Empty), PrintDirectives(operation.Directives)], " ");

        // An anonymous query without description, variables or directives prints in the shorthand form.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(operation.SelectionSet);
    }

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap(string.Empty, field.Alias?.Value, ": ") + field.Name.Value;
        var arguments = field.Arguments.Select(Print).ToList();
        var argumentsLine = prefix + Wrap("(", Join(arguments, ", "), ")");
        if (argumentsLine.Length > MaxLineLength)
        {
            argumentsLine = prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)");
        }

        return Join([argumentsLine, PrintDirectives(field.Directives), PrintOptional(field.SelectionSet)], " ");
    }

    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode intValue => intValue.Value,
        FloatValueNode floatValue => floatValue.Value,
        StringValueNode stringValue => stringValue.Block ? BlockStrings.Print(stringValue.Value) : PrintString(stringValue.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(list.Values.Select(Print), ", ") + "]",
        ObjectValueNode obj => "{" + Join(obj.Fields.Select(Print), ", ") + "}",
        _ => throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value)),
    };

    private static string PrintDirectives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string? PrintOptional(SyntaxNode? node) => node is null ? null : Print(node);

    /// <summary>graphql-js <c>join</c>: skips null and empty items.</summary>
    private static string Join(IEnumerable<string?> items, string separator) =>
        string.Join(separator, items.Where(item => !string.IsNullOrEmpty(item)));

    /// <summary>graphql-js <c>wrap</c>: <paramref name="start"/> + value + <paramref name="end"/>, or empty when the value is.</summary>
    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? string.Empty : start + value + end;

    /// <summary>graphql-js <c>block</c>: the items one per line, indented, in braces.</summary>
    private static string Block(IEnumerable<string?> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static bool HasMultilineItems(IEnumerable<string> items) => items.Any(item => item.Contains('\n', StringComparison.Ordinal));
}
