using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Cost;

/// <summary>
/// <c>@cost</c> beyond field definitions: on the returned type (its weight is the default weight of every field of
/// that type), on arguments and on input fields (added for each one the request provides, in literals and in
/// variable values alike, for every item of a list).
/// </summary>
internal sealed partial class CostAnalyzer
{
    /// <summary>The <c>@cost</c> weight declared on a named output type, if any.</summary>
    private static double? TypeWeight(INamedType type) => type switch
    {
        ObjectType objectType => WeightOf(objectType.Directives),
        InterfaceType interfaceType => WeightOf(interfaceType.Directives),
        UnionType unionType => WeightOf(unionType.Directives),
        ScalarType scalar => WeightOf(scalar.Directives),
        EnumType enumType => WeightOf(enumType.Directives),
        _ => null,
    };

    private static double? WeightOf(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == "cost")
            {
                return ReadWeight(directive);
            }
        }

        return null;
    }

    /// <summary>The weights of the arguments the field node provides, with the input fields inside them.</summary>
    private double ArgumentsCost(FieldNode node, OutputField definition)
    {
        if (node.Arguments.Count == 0 || definition.Arguments.Count == 0)
        {
            return 0;
        }

        double total = 0;
        foreach (var argument in node.Arguments)
        {
            if (definition.Arguments.TryGetValue(argument.Name.Value, out var declared))
            {
                var value = Actual(argument.Value);
                if (value is not null && value is not NullValueNode)
                {
                    total += (WeightOf(declared.Directives) ?? 0) + InputCost(value, declared.Type);
                }
            }
        }

        return total;
    }

    /// <summary>
    /// The weights of the input fields present in <paramref name="value"/>: a literal (<see cref="ValueNode"/>) or a
    /// coerced variable value (dictionaries and lists).
    /// </summary>
    private double InputCost(object value, IType type)
    {
        switch (type.NullableType())
        {
            case ListType list:
                var items = value switch
                {
                    ListValueNode literal => literal.Values.Cast<object?>(),
                    IReadOnlyList<object?> runtime => runtime,
                    _ => [value],
                };
                double listTotal = 0;
                foreach (var item in items)
                {
                    if (Actual(item) is { } actual and not NullValueNode)
                    {
                        listTotal += InputCost(actual, list.OfType);
                    }
                }

                return listTotal;
            case InputObjectType inputObject:
                var fields = value switch
                {
                    ObjectValueNode literal => literal.Fields.Select(f => KeyValuePair.Create(f.Name.Value, (object?)f.Value)),
                    IReadOnlyDictionary<string, object?> runtime => runtime,
                    _ => [],
                };
                double objectTotal = 0;
                foreach (var (name, fieldValue) in fields)
                {
                    if (inputObject.GetField(name) is { } declared && Actual(fieldValue) is { } actual and not NullValueNode)
                    {
                        objectTotal += (WeightOf(declared.Directives) ?? 0) + InputCost(actual, declared.Type);
                    }
                }

                return objectTotal;
            default:
                return 0;
        }
    }

    /// <summary>A variable's value from the request; any other value as it is.</summary>
    private object? Actual(object? value) => value is VariableNode variable
        ? _variables.GetValueOrDefault(variable.Name.Value)
        : value;
}
