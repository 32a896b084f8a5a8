using System.Globalization;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Cost;

internal sealed partial class CostAnalyzer
{
    private static DirectiveNode? FindDirective(OutputField field, string name)
    {
        if (field.SyntaxNode is not { } syntax)
        {
            return null;
        }

        foreach (var directive in syntax.Directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    private static List<string>? ReadStrings(DirectiveNode directive, string argumentName)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != argumentName)
            {
                continue;
            }

            return argument.Value switch
            {
                ListValueNode list => list.Values.OfType<StringValueNode>().Select(v => v.Value).ToList(),
                StringValueNode single => [single.Value],
                _ => null,
            };
        }

        return null;
    }

    /// <summary>The largest slicing argument the request gives (literal, variable or default), else the assumed size.</summary>
    private double ListSize(DirectiveNode listSize, FieldNode node, OutputField definition)
    {
        double? sliced = null;
        foreach (var slicing in ReadStrings(listSize, "slicingArguments") ?? [])
        {
            var value = ArgumentNumber(node, slicing) ?? (definition.Arguments.TryGetValue(slicing, out var argument) && argument.DefaultValue is { } defaultValue ? Number(defaultValue) : null);
            if (value is { } v)
            {
                sliced = Math.Max(sliced ?? 0, v);
            }
        }

        if (sliced is { } size)
        {
            return size;
        }

        foreach (var argument in listSize.Arguments)
        {
            if (argument.Name.Value == "assumedSize" && Number(argument.Value) is { } assumed)
            {
                return assumed;
            }
        }

        return _options.DefaultListSize;
    }

    private double? ArgumentNumber(FieldNode node, string name)
    {
        foreach (var argument in node.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return Number(argument.Value);
            }
        }

        return null;
    }

    private double? Number(ValueNode value) => value switch
    {
        IntValueNode i when double.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        VariableNode variable when _variables.TryGetValue(variable.Name.Value, out var actual) => actual switch
        {
            int n => n,
            long n => n,
            double n => n,
            _ => null,
        },
        _ => null,
    };

    private bool IsIncluded(SelectionNode selection)
    {
        var directives = selection switch
        {
            FieldNode field => field.Directives,
            InlineFragmentNode inline => inline.Directives,
            FragmentSpreadNode spread => spread.Directives,
            _ => [],
        };
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v when _variables.TryGetValue(v.Name.Value, out var actual) && actual is bool b => b,
                _ => (bool?)null,
            };
            if (condition is { } c && (name == "skip" ? c : !c))
            {
                return false;
            }
        }

        return true;
    }
}
