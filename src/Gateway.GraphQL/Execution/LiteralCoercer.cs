using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// graphql-js <c>valueFromAST</c>: coerces a literal (which may contain variables) to an input type.
/// Returns false where graphql-js returns <c>undefined</c> (an invalid value).
/// </summary>
internal static class LiteralCoercer
{
    public static bool TryCoerce(ValueNode node, IType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryCoerceList(node, list, variables, out value);
            case InputObjectType inputObject:
                return TryCoerceInputObject(node, inputObject, variables, out value);
            case EnumType enumType:
                if (node is EnumValueNode enumNode && enumType.Values.TryGetValue(enumNode.Value, out var enumValue))
                {
                    value = enumValue.Name;
                    return true;
                }

                return false;
            case ScalarType scalar:
                if (ContainsVariable(node))
                {
                    return false;
                }

                return scalar.TryParseLiteral(node, out value, out _);
            default:
                return false;
        }
    }

    public static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool TryCoerceList(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is ListValueNode listNode)
        {
            var items = new object?[listNode.Values.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var itemNode = listNode.Values[i];
                if (IsMissingVariable(itemNode, variables))
                {
                    if (list.OfType is NonNullType)
                    {
                        return false;
                    }

                    items[i] = null;
                    continue;
                }

                if (!TryCoerce(itemNode, list.OfType, variables, out var item))
                {
                    return false;
                }

                items[i] = item;
            }

            value = items;
            return true;
        }

        if (!TryCoerce(node, list.OfType, variables, out var single))
        {
            return false;
        }

        value = new[] { single };
        return true;
    }

    private static bool TryCoerceInputObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode)
        {
            return false;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            ObjectFieldNode? fieldNode = null;
            foreach (var candidate in objectNode.Fields)
            {
                if (string.Equals(candidate.Name.Value, field.Name, StringComparison.Ordinal))
                {
                    fieldNode = candidate;
                    break;
                }
            }

            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    if (!TryCoerce(defaultValue, field.Type, null, out var coercedDefault))
                    {
                        return false;
                    }

                    coerced[field.Name] = coercedDefault;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.First().Value is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }
}
