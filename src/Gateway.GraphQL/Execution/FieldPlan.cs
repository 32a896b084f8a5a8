using System.Collections.Concurrent;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// One merged field of a collected selection set for one object type: response key, field nodes, definition,
/// resolver, pre-coerced literal arguments and (lazily) the plans of its sub-selection per runtime object type.
/// </summary>
internal sealed class FieldPlan
{
    private readonly IReadOnlyDictionary<string, object?>? _staticArguments;
    private readonly GraphQLException? _staticArgumentError;
    private ChildPlans? _firstChildPlans;
    private ParentAccessor? _accessor;
    private ConcurrentDictionary<ObjectType, FieldPlan[]>? _childPlansByType;

    public FieldPlan(string responseKey, List<FieldNode> nodes, ObjectType parentType, OutputField field, FieldResolver? resolver, FieldPlanner planner)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        ParentType = parentType;
        Field = field;
        FieldName = field.Name;
        Type = field.Type;
        Resolver = resolver;
        Planner = planner;
        Kind = string.Equals(field.Name, "__typename", StringComparison.Ordinal) ? FieldPlanKind.TypeName
            : resolver is not null ? FieldPlanKind.Resolver
            : FieldPlanKind.ParentValue;
        Locations = ExecutionErrors.LocationsOf(nodes);
        var named = field.Type.NamedType();
        IsLeaf = named is ScalarType or EnumType;
        if (Kind == FieldPlanKind.Resolver)
        {
            var node = nodes[0];
            if (field.Arguments.Count == 0)
            {
                _staticArguments = ArgumentCoercion.Empty;
            }
            else if (!node.Arguments.Any(a => LiteralCoercer.ContainsVariable(a.Value)))
            {
                try
                {
                    _staticArguments = ArgumentCoercion.Coerce(field.Arguments, node, node.Arguments, null);
                }
                catch (GraphQLException ex)
                {
                    _staticArgumentError = ex;
                }
            }
        }
    }

    public string ResponseKey { get; }

    /// <summary>The response keys of this plan and its siblings, in order (set once by the planner).</summary>
    public string[] SiblingKeys { get; set; } = [];

    public string FieldName { get; }

    public List<FieldNode> Nodes { get; }

    public ObjectType ParentType { get; }

    public OutputField Field { get; }

    public IType Type { get; }

    public FieldPlanKind Kind { get; }

    public FieldResolver? Resolver { get; }

    public bool IsLeaf { get; }

    public IReadOnlyList<SourceLocation> Locations { get; }

    private FieldPlanner Planner { get; }

    /// <summary>Reads this field from the parent value (property, dictionary entry or JSON member).</summary>
    public object? ResolveFromParent(object? parent) => ParentValueResolver.Resolve(parent, FieldName, ref _accessor);

    /// <summary>Coerced arguments; throws a located <see cref="GraphQLException"/> when coercion fails.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_staticArgumentError is not null)
        {
            throw _staticArgumentError;
        }

        return _staticArguments ?? ArgumentCoercion.Coerce(Field.Arguments, Nodes[0], Nodes[0].Arguments, variables);
    }

    /// <summary>The plans of this field's sub-selection when the value's runtime type is <paramref name="type"/>.</summary>
    public FieldPlan[] GetChildPlans(ObjectType type)
    {
        var first = Volatile.Read(ref _firstChildPlans);
        if (first is not null && ReferenceEquals(first.Type, type))
        {
            return first.Plans;
        }

        if (first is null)
        {
            var created = new ChildPlans(type, Planner.CollectSubFields(type, Nodes));
            first = Interlocked.CompareExchange(ref _firstChildPlans, created, null) ?? created;
            if (ReferenceEquals(first.Type, type))
            {
                return first.Plans;
            }
        }

        var byType = LazyInitializer.EnsureInitialized(ref _childPlansByType, () => new ConcurrentDictionary<ObjectType, FieldPlan[]>());
        return byType.GetOrAdd(type, static (t, self) => self.Planner.CollectSubFields(t, self.Nodes), this);
    }
}
