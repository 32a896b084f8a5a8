using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Objects whose selected fields are all scalars or enums read from the object itself (no resolver, no list, no
/// sub-object), such as <c>sender { name email }</c>: nothing below them needs the object's response path, so it is
/// only built when one of the fields fails. Values, errors and their paths are those of the general path.
/// </summary>
internal sealed partial class OperationExecution
{
    private ValueTask<object?> CompleteObject(ObjectType type, FieldPlan[] plans, object result, PathSegment? parent, string? key, int index) =>
        HasOnlyParentLeaves(plans)
            ? new ValueTask<object?>(ExecuteLeafFields(type, result, plans, parent, key, index))
            : ExecuteFields(type, result, plans, MakePath(parent, key, index));

    /// <summary>A result object over the selection's shared response keys (plans from the planner share one array).</summary>
    private static ResultMap NewResultMap(FieldPlan[] plans) =>
        plans.Length > 0 && plans[0].SiblingKeys.Length == plans.Length ? new ResultMap(plans[0].SiblingKeys) : new ResultMap(plans.Length);

    private static bool HasOnlyParentLeaves(FieldPlan[] plans)
    {
        foreach (var plan in plans)
        {
            if (plan.Kind == FieldPlanKind.Resolver || (plan.Kind == FieldPlanKind.ParentValue && (plan.Type is NonNullType nonNull ? nonNull.OfType : plan.Type) is not (ScalarType or EnumType)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The object's fields, synchronously; Failed when a non-null field failed (its error recorded).</summary>
    private object ExecuteLeafFields(ObjectType type, object source, FieldPlan[] plans, PathSegment? parent, string? key, int index)
    {
        var map = NewResultMap(plans);
        PathSegment? path = null;
        foreach (var plan in plans)
        {
            object? value;
            if (plan.Kind == FieldPlanKind.TypeName)
            {
                value = type.Name;
            }
            else
            {
                object? resolved;
                try
                {
                    resolved = plan.ResolveFromParent(source);
                }
                catch (Exception ex)
                {
                    value = HandleFieldError(ex, plan, path ??= MakePath(parent, key, index));
                    if (ReferenceEquals(value, Failed))
                    {
                        return Failed;
                    }

                    map.Add(plan.ResponseKey, value);
                    continue;
                }

                value = CompleteLeaf(plan, resolved, ref path, parent, key, index);
                if (ReferenceEquals(value, Failed))
                {
                    return Failed;
                }
            }

            map.Add(plan.ResponseKey, value);
        }

        return map;
    }

    /// <summary>Serializes one leaf field: its value, null for a failed nullable field, or Failed.</summary>
    private object? CompleteLeaf(FieldPlan plan, object? resolved, ref PathSegment? path, PathSegment? parent, string? key, int index)
    {
        var nonNull = plan.Type is NonNullType;
        var named = (INamedType)(plan.Type is NonNullType wrapper ? wrapper.OfType : plan.Type);
        object? value = null;
        if (resolved is not null and not JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            if (!LeafSerializer.TrySerialize(named, resolved, out value, out var error))
            {
                path ??= MakePath(parent, key, index);
                RecordError(new GraphQLError(error!, ErrorCodes.InternalServerError, plan.Locations, ToPath(path, plan.ResponseKey, -1)));
                return nonNull ? Failed : null;
            }
        }

        if (value is null && nonNull)
        {
            path ??= MakePath(parent, key, index);
            return NonNullViolation(plan, path, plan.ResponseKey, -1);
        }

        return value;
    }
}
