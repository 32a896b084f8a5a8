using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Executes one operation: fields, value completion and null propagation. All of its state is touched from the
/// request's <see cref="ExecutionPump"/> only (one logical thread), so nothing here needs a lock except the error list.
/// </summary>
internal sealed partial class OperationExecution
{
    /// <summary>Marks a position whose value could not be produced; its error is already recorded.</summary>
    internal static readonly object Failed = new();

    private readonly List<GraphQLError> _errors = [];
    private readonly GraphQLServerOptions _options;
    private readonly ILogger _logger;
    private (Type Type, object Service)[] _scopedServices = [];

    public OperationExecution(
        ExecutableSchema schema,
        IServiceProvider services,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLServerOptions options,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Services = services;
        Variables = variables;
        _options = options;
        _logger = logger;
        CancellationToken = cancellationToken;
    }

    public ExecutableSchema Schema { get; }

    public IServiceProvider Services { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// A request-scoped service (a DataLoader), resolved once per execution: resolvers ask for their loader once per
    /// row, and the request scope takes a lock on every lookup. The cache is copy-on-write, so reads take no lock.
    /// </summary>
    public T GetScopedService<T>()
        where T : notnull
    {
        var cached = Volatile.Read(ref _scopedServices);
        foreach (var (type, service) in cached)
        {
            if (type == typeof(T))
            {
                return (T)service;
            }
        }

        var resolved = Services.GetRequiredService<T>();
        while (true)
        {
            var current = Volatile.Read(ref _scopedServices);
            if (Interlocked.CompareExchange(ref _scopedServices, [.. current, (typeof(T), resolved)], current) == current)
            {
                return resolved;
            }
        }
    }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Executes the root selection set; returns the data map, or null when a non-null root field failed.</summary>
    public async Task<ResultMap?> ExecuteAsync(ObjectType rootType, FieldPlan[] plans, object? rootValue, bool serially)
    {
        object? result;
        if (serially)
        {
            result = await ExecuteFieldsSeriallyAsync(rootType, rootValue, plans);
        }
        else
        {
            var pending = ExecuteFields(rootType, rootValue, plans, null);
            result = pending.IsCompletedSuccessfully ? pending.Result : await pending;
        }

        return result as ResultMap;
    }

    private async Task<object?> ExecuteFieldsSeriallyAsync(ObjectType type, object? source, FieldPlan[] plans)
    {
        var map = NewResultMap(plans);
        foreach (var plan in plans)
        {
            var pending = ExecuteField(type, source, plan, null);
            var value = pending.IsCompletedSuccessfully ? pending.Result : await pending;
            if (ReferenceEquals(value, Failed))
            {
                if (plan.Type is NonNullType)
                {
                    return Failed;
                }

                value = null;
            }

            map.Add(plan.ResponseKey, value);
        }

        return map;
    }

    private ValueTask<object?> ExecuteFields(ObjectType type, object? source, FieldPlan[] plans, PathSegment? path)
    {
        var map = NewResultMap(plans);
        PendingValue first = default;
        var hasPending = false;
        List<PendingValue>? rest = null;
        var failed = false;
        for (var i = 0; i < plans.Length; i++)
        {
            var plan = plans[i];
            // The first pending field of the object is awaited first by AwaitFieldsAsync, so a pending resolver there
            // is completed by that loop itself (at the same moment AwaitResolverAsync would), saving a state machine.
            var result = ExecuteField(type, source, plan, path, deferCompletion: !hasPending, out var deferred);
            if (result.IsCompletedSuccessfully)
            {
                var value = result.Result;
                if (ReferenceEquals(value, Failed))
                {
                    failed = true;
                    break;
                }

                map.Add(plan.ResponseKey, value);
            }
            else
            {
                map.Add(plan.ResponseKey, null);
                var item = new PendingValue(map.Count - 1, result, deferred);
                if (!hasPending)
                {
                    // Most objects wait for one field: it needs no list.
                    first = item;
                    hasPending = true;
                }
                else
                {
                    // Sized for every remaining field, so the list never grows.
                    (rest ??= new List<PendingValue>(plans.Length - i)).Add(item);
                }
            }
        }

        if (!hasPending)
        {
            return new ValueTask<object?>(failed ? Failed : map);
        }

        return new ValueTask<object?>(AwaitFieldsAsync(map, plans, first, rest, path, failed));
    }

    /// <summary>
    /// Awaits the pending fields (entry i of the map is plan i). A pending field reports Failed whether or not it is
    /// nullable: a failed non-null field fails the object, a failed nullable field stays null.
    /// </summary>
    private async Task<object?> AwaitFieldsAsync(ResultMap map, FieldPlan[] plans, PendingValue first, List<PendingValue>? rest, PathSegment? path, bool failed)
    {
        var count = 1 + (rest?.Count ?? 0);
        for (var i = 0; i < count; i++)
        {
            var item = i == 0 ? first : rest![i - 1];
            object? value;
            if (item.IsResolverResult)
            {
                var plan = plans[item.Index];
                object? resolved = null;
                Exception? error = null;
                try
                {
                    resolved = await item.Value;
                }
                catch (Exception ex)
                {
                    error = ex;
                }

                if (error is not null)
                {
                    value = HandleFieldError(error, plan, path);
                }
                else
                {
                    var completed = CompleteField(plan, resolved, path);
                    value = completed.IsCompletedSuccessfully ? completed.Result : await completed;
                }
            }
            else
            {
                value = await item.Value;
            }

            if (ReferenceEquals(value, Failed))
            {
                failed |= plans[item.Index].Type is NonNullType;
            }
            else
            {
                map.SetValue(item.Index, value);
            }
        }

        return failed ? Failed : map;
    }

    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, FieldPlan plan, PathSegment? parentPath) =>
        ExecuteField(parentType, source, plan, parentPath, deferCompletion: false, out _);

    /// <summary>
    /// Executes one field. With <paramref name="deferCompletion"/>, a resolver that is still pending is returned as it
    /// is (<paramref name="deferred"/> set): the caller awaits it, handles its exception and completes the value.
    /// </summary>
    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, FieldPlan plan, PathSegment? parentPath, bool deferCompletion, out bool deferred)
    {
        deferred = false;
        object? resolved;
        switch (plan.Kind)
        {
            case FieldPlanKind.TypeName:
                return new ValueTask<object?>(parentType.Name);
            case FieldPlanKind.ParentValue:
                try
                {
                    resolved = plan.ResolveFromParent(source);
                }
                catch (Exception ex)
                {
                    return new ValueTask<object?>(HandleFieldError(ex, plan, parentPath));
                }

                break;
            default:
                ValueTask<object?> pending;
                try
                {
                    var arguments = plan.GetArguments(Variables);
                    var context = new ResolverContext(this, plan, source, arguments, parentPath);
                    pending = plan.Resolver!(context);
                }
                catch (Exception ex)
                {
                    return new ValueTask<object?>(HandleFieldError(ex, plan, parentPath));
                }

                if (!pending.IsCompletedSuccessfully)
                {
                    deferred = deferCompletion;
                    return deferCompletion ? pending : new ValueTask<object?>(AwaitResolverAsync(pending, plan, parentPath));
                }

                resolved = pending.Result;
                break;
        }

        return CompleteField(plan, resolved, parentPath);
    }

    private async Task<object?> AwaitResolverAsync(ValueTask<object?> pending, FieldPlan plan, PathSegment? parentPath)
    {
        object? resolved;
        try
        {
            resolved = await pending;
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, plan, parentPath);
        }

        var completed = CompleteField(plan, resolved, parentPath);
        return completed.IsCompletedSuccessfully ? completed.Result : await completed;
    }

    /// <summary>
    /// Completes a resolved field value. A synchronous Failed of a nullable field becomes null here; a pending one is
    /// left as it is for the awaiting caller (<see cref="AwaitFieldsAsync"/>, the serial loop), which knows the plan.
    /// </summary>
    private ValueTask<object?> CompleteField(FieldPlan plan, object? resolved, PathSegment? parentPath)
    {
        var completed = CompleteValue(plan.Type, plan, resolved, parentPath, plan.ResponseKey, -1);
        if (!completed.IsCompletedSuccessfully)
        {
            return completed;
        }

        return ReferenceEquals(completed.Result, Failed) && plan.Type is not NonNullType ? default : completed;
    }
}
