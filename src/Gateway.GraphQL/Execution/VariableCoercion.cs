using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>The spec's CoerceVariableValues with graphql-js 16 messages; every error has code BAD_USER_INPUT.</summary>
internal static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, JsonElement>? inputs,
        List<GraphQLError> errors)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var typeText = TypeNodePrinter.Print(definition.Type);
            var locations = ExecutionErrors.LocationsOf(definition);
            var type = TypeFromAst.Resolve(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{typeText}\" which cannot be used as an input type.",
                    ErrorCodes.BadUserInput,
                    locations));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var input) || input.ValueKind == JsonValueKind.Undefined)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    coerced[name] = LiteralCoercer.TryCoerce(defaultValue, type, null, out var value) ? value : null;
                }
                else if (type is NonNullType)
                {
                    errors.Add(new GraphQLError(
                        $"Variable \"${name}\" of required type \"{typeText}\" was not provided.",
                        ErrorCodes.BadUserInput,
                        locations));
                }

                continue;
            }

            if (input.ValueKind == JsonValueKind.Null && type is NonNullType)
            {
                errors.Add(new GraphQLError(
                    $"Variable \"${name}\" of non-null type \"{typeText}\" must not be null.",
                    ErrorCodes.BadUserInput,
                    locations));
                continue;
            }

            var problems = new List<InputCoercionError>();
            var coercedValue = JsonInputCoercer.Coerce(input, type, problems);
            if (problems.Count == 0)
            {
                coerced[name] = coercedValue;
                continue;
            }

            foreach (var problem in problems)
            {
                var message = new StringBuilder("Variable \"$").Append(name).Append("\" got invalid value ").Append(problem.InvalidValue);
                if (problem.Path.Count > 0)
                {
                    message.Append(" at \"").Append(name).Append(PrintPath(problem.Path)).Append('"');
                }

                message.Append("; ").Append(problem.Message);
                errors.Add(new GraphQLError(message.ToString(), ErrorCodes.BadUserInput, locations));
            }
        }

        return coerced;
    }

    private static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }
}
