using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>The spec's CoerceArgumentValues (graphql-js <c>getArgumentValues</c>); failures throw a located <see cref="GraphQLException"/>.</summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyDictionary<string, InputValue> definitions,
        SyntaxNode node,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions.Values)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (string.Equals(candidate.Name.Value, name, StringComparison.Ordinal))
                {
                    argument = candidate;
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    coerced[name] = LiteralCoercer.TryCoerce(defaultValue, type, null, out var value) ? value : null;
                }
                else if (type is NonNullType)
                {
                    throw Error($"Argument \"{name}\" of required type \"{type.Print()}\" was not provided.", node);
                }

                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.DefaultValue is { } defaultValue)
                    {
                        coerced[name] = LiteralCoercer.TryCoerce(defaultValue, type, null, out var value) ? value : null;
                    }
                    else if (type is NonNullType)
                    {
                        throw Error(
                            $"Argument \"{name}\" of required type \"{type.Print()}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw Error($"Argument \"{name}\" of non-null type \"{type.Print()}\" must not be null.", valueNode);
            }

            if (!LiteralCoercer.TryCoerce(valueNode, type, variables, out var coercedValue))
            {
                throw Error($"Argument \"{name}\" has invalid value {ValueLiteralPrinter.Print(valueNode)}.", valueNode);
            }

            coerced[name] = coercedValue;
        }

        return coerced;
    }

    private static GraphQLException Error(string message, SyntaxNode node) =>
        new(new GraphQLError(message, ErrorCodes.BadUserInput, ExecutionErrors.LocationsOf(node)));
}
