using System.Text.Json;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Coerces a JSON variable value to an input type (spec "CoerceVariableValues", graphql-js <c>coerceInputValue</c>):
/// lists of one, input objects with defaults, @oneOf, scalars via <see cref="ScalarType.TryParseValue"/>.
/// </summary>
internal static class JsonInputCoercer
{
    public static object? Coerce(JsonElement value, IType type, List<InputCoercionError> errors) =>
        Coerce(value, type, [], errors);

    private static object? Coerce(JsonElement value, IType type, List<object> path, List<InputCoercionError> errors)
    {
        if (type is NonNullType nonNull)
        {
            if (value.ValueKind is not JsonValueKind.Null and not JsonValueKind.Undefined)
            {
                return Coerce(value, nonNull.OfType, path, errors);
            }

            errors.Add(new InputCoercionError([.. path], ValueInspector.Inspect(value), $"Expected non-nullable type \"{type.Print()}\" not to be null."));
            return null;
        }

        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value.ValueKind == JsonValueKind.Array)
                {
                    var items = new object?[value.GetArrayLength()];
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        path.Add(index);
                        items[index] = Coerce(item, list.OfType, path, errors);
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }

                    return items;
                }

                return new[] { Coerce(value, list.OfType, path, errors) };
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, path, errors);
            case EnumType enumType:
                return CoerceEnum(value, enumType, path, errors);
            case ScalarType scalar:
                if (scalar.TryParseValue(value, out var result, out var error))
                {
                    return result;
                }

                errors.Add(new InputCoercionError([.. path], ValueInspector.Inspect(value), error ?? $"Expected type \"{scalar.Name}\"."));
                return null;
            default:
                throw new InvalidOperationException($"Unexpected input type: {type.Print()}.");
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(JsonElement value, InputObjectType type, List<object> path, List<InputCoercionError> errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputCoercionError([.. path], ValueInspector.Inspect(value), $"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!value.TryGetProperty(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    coerced[field.Name] = LiteralCoercer.TryCoerce(defaultValue, field.Type, null, out var coercedDefault) ? coercedDefault : null;
                }
                else if (field.Type is NonNullType)
                {
                    errors.Add(new InputCoercionError([.. path], ValueInspector.Inspect(value), $"Field \"{field.Name}\" of required type \"{field.Type.Print()}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, path, errors);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var property in value.EnumerateObject())
        {
            if (type.GetField(property.Name) is null)
            {
                var suggestion = Suggestions.DidYouMean(Suggestions.List(property.Name, type.Fields.Keys));
                errors.Add(new InputCoercionError([.. path], ValueInspector.Inspect(value), $"Field \"{property.Name}\" is not defined by type \"{type.Name}\".{suggestion}"));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                errors.Add(new InputCoercionError([.. path], ValueInspector.Inspect(value), $"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }
            else
            {
                var only = coerced.First();
                if (only.Value is null)
                {
                    errors.Add(new InputCoercionError([.. path, only.Key], "null", $"Field \"{only.Key}\" must be non-null."));
                }
            }
        }

        return coerced;
    }

    private static string? CoerceEnum(JsonElement value, EnumType type, List<object> path, List<InputCoercionError> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new InputCoercionError([.. path], ValueInspector.Inspect(value), $"Enum \"{type.Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}."));
            return null;
        }

        var name = value.GetString()!;
        if (type.Values.TryGetValue(name, out var enumValue))
        {
            return enumValue.Name;
        }

        var suggestion = Suggestions.DidYouMean(Suggestions.List(name, type.Values.Keys));
        errors.Add(new InputCoercionError([.. path], ValueInspector.Inspect(value), $"Value \"{name}\" does not exist in \"{type.Name}\" enum.{suggestion}"));
        return null;
    }
}
