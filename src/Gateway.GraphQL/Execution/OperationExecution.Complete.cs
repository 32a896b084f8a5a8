using System.Collections;
using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>
    /// Completes a value at a position (a field when <paramref name="key"/> is set, else list item <paramref name="index"/>
    /// of <paramref name="parent"/>). Returns <see cref="Failed"/> when the value could not be produced (error recorded).
    /// </summary>
    private ValueTask<object?> CompleteValue(IType type, FieldPlan plan, object? result, PathSegment? parent, string? key, int index)
    {
        if (type is NonNullType nonNull)
        {
            // A completion that is still pending never ends in null (an object or list completes to its value or to
            // Failed; null values complete synchronously), so only a synchronous result needs the non-null check.
            var inner = CompleteValue(nonNull.OfType, plan, result, parent, key, index);
            if (!inner.IsCompletedSuccessfully)
            {
                return inner;
            }

            if (inner.Result is null)
            {
                return new ValueTask<object?>(NonNullViolation(plan, parent, key, index));
            }

            return inner;
        }

        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return default;
        }

        switch (type)
        {
            case ScalarType or EnumType:
                if (LeafSerializer.TrySerialize((INamedType)type, result, out var serialized, out var error))
                {
                    return new ValueTask<object?>(serialized);
                }

                return new ValueTask<object?>(RecordError(new GraphQLError(error!, ErrorCodes.InternalServerError, plan.Locations, ToPath(parent, key, index))));
            case ListType list:
                return CompleteList(list, plan, result, MakePath(parent, key, index));
            case ObjectType objectType:
                return CompleteObject(objectType, plan.GetChildPlans(objectType), result, parent, key, index);
            default:
                var runtimeType = ResolveAbstractType((INamedType)type, plan, result, parent, key, index);
                if (runtimeType is null)
                {
                    return new ValueTask<object?>(Failed);
                }

                return CompleteObject(runtimeType, plan.GetChildPlans(runtimeType), result, parent, key, index);
        }
    }

    private object NonNullViolation(FieldPlan plan, PathSegment? parent, string? key, int index) =>
        RecordError(new GraphQLError(
            $"Cannot return null for non-nullable field {plan.ParentType.Name}.{plan.FieldName}.",
            ErrorCodes.NonNullViolation,
            plan.Locations,
            ToPath(parent, key, index)));

    private ValueTask<object?> CompleteList(ListType type, FieldPlan plan, object result, PathSegment path)
    {
        var itemType = type.OfType;
        var nonNullItems = itemType is NonNullType;
        List<object?> items;
        PendingValue first = default;
        var hasPending = false;
        List<PendingValue>? rest = null;
        var failed = false;
        var expected = 0;
        if (result is JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                return new ValueTask<object?>(NotIterable(plan, path));
            }

            expected = element.GetArrayLength();
            items = new List<object?>(expected);
            foreach (var item in element.EnumerateArray())
            {
                if (!AddItem(item))
                {
                    break;
                }
            }
        }
        else if (result is IEnumerable enumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
        {
            expected = result is ICollection collection ? collection.Count : 0;
            items = new List<object?>(expected);
            if (enumerable is IList list)
            {
                // Arrays and lists by index: their non-generic enumerators would be allocated (or boxed).
                for (var i = 0; i < list.Count; i++)
                {
                    if (!AddItem(list[i]))
                    {
                        break;
                    }
                }
            }
            else
            {
                foreach (var item in enumerable)
                {
                    if (!AddItem(item))
                    {
                        break;
                    }
                }
            }
        }
        else
        {
            return new ValueTask<object?>(NotIterable(plan, path));
        }

        if (!hasPending)
        {
            return new ValueTask<object?>(failed ? Failed : items);
        }

        return new ValueTask<object?>(AwaitItemsAsync(items, first, rest, nonNullItems, failed));

        bool AddItem(object? item)
        {
            var index = items.Count;
            var completed = CompleteValue(itemType, plan, item, path, null, index);
            if (completed.IsCompletedSuccessfully)
            {
                var value = completed.Result;
                if (ReferenceEquals(value, Failed))
                {
                    if (nonNullItems)
                    {
                        failed = true;
                        return false;
                    }

                    value = null;
                }

                items.Add(value);
                return true;
            }

            items.Add(null);
            if (!hasPending)
            {
                first = new PendingValue(index, completed);
                hasPending = true;
            }
            else
            {
                // Sized for every remaining item when the count is known, so the list never grows.
                (rest ??= new List<PendingValue>(Math.Max(4, expected - index))).Add(new PendingValue(index, completed));
            }

            return true;
        }
    }

    /// <summary>Awaits the pending items; a failed item fails the list when items are non-null, else stays null.</summary>
    private static async Task<object?> AwaitItemsAsync(List<object?> items, PendingValue first, List<PendingValue>? rest, bool nonNullItems, bool failed)
    {
        var count = 1 + (rest?.Count ?? 0);
        for (var i = 0; i < count; i++)
        {
            var item = i == 0 ? first : rest![i - 1];
            var value = await item.Value;
            if (ReferenceEquals(value, Failed))
            {
                failed |= nonNullItems;
            }
            else
            {
                items[item.Index] = value;
            }
        }

        return failed ? Failed : items;
    }

    private object NotIterable(FieldPlan plan, PathSegment path) =>
        RecordError(new GraphQLError(
            $"Expected Iterable, but did not find one for field \"{plan.ParentType.Name}.{plan.FieldName}\".",
            ErrorCodes.InternalServerError,
            plan.Locations,
            PathSegment.ToList(path)));

    private ObjectType? ResolveAbstractType(INamedType abstractType, FieldPlan plan, object value, PathSegment? parent, string? key, int index)
    {
        var schema = Schema.Schema;
        string? typeName;
        try
        {
            typeName = Schema.GetTypeResolver(abstractType) is { } resolver ? resolver(value) : null;
        }
        catch (Exception ex)
        {
            HandleError(ex, plan, ToPath(parent, key, index));
            return null;
        }

        typeName ??= AbstractTypeNames.FromValue(value, abstractType, () => schema.GetPossibleTypes(abstractType));
        if (typeName is null)
        {
            RecordError(new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{plan.ParentType.Name}.{plan.FieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                ErrorCodes.InternalServerError,
                plan.Locations,
                ToPath(parent, key, index)));
            return null;
        }

        var runtimeType = schema.GetType(typeName);
        if (runtimeType is not ObjectType objectType)
        {
            RecordError(new GraphQLError(
                runtimeType is null
                    ? $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."
                    : $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".",
                ErrorCodes.InternalServerError,
                plan.Locations,
                ToPath(parent, key, index)));
            return null;
        }

        if (!schema.IsSubType(abstractType, objectType))
        {
            RecordError(new GraphQLError(
                $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".",
                ErrorCodes.InternalServerError,
                plan.Locations,
                ToPath(parent, key, index)));
            return null;
        }

        return objectType;
    }

    private static PathSegment MakePath(PathSegment? parent, string? key, int index) =>
        key is not null ? PathSegment.Field(parent, key) : PathSegment.Item(parent!, index);

    private static IReadOnlyList<object> ToPath(PathSegment? parent, string? key, int index) =>
        key is not null ? PathSegment.ToList(parent, key) : PathSegment.ToList(PathSegment.Item(parent!, index));
}
