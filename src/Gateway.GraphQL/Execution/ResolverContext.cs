using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>The <see cref="IResolverContext"/> handed to one resolver call.</summary>
internal sealed class ResolverContext : IResolverContext
{
    private static readonly JsonSerializerOptions ConversionOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    private readonly OperationExecution _execution;
    private readonly FieldPlan _plan;
    private readonly object? _parent;
    private readonly PathSegment? _parentPath;

    public ResolverContext(OperationExecution execution, FieldPlan plan, object? parent, IReadOnlyDictionary<string, object?> arguments, PathSegment? parentPath)
    {
        _execution = execution;
        _plan = plan;
        _parent = parent;
        Arguments = arguments;
        _parentPath = parentPath;
    }

    public Schema Schema => _execution.Schema.Schema;

    public ObjectType ObjectType => _plan.ParentType;

    public OutputField Field => _plan.Field;

    public FieldNode Selection => _plan.Nodes[0];

    public IReadOnlyList<object> Path => PathSegment.ToList(_parentPath, _plan.ResponseKey);

    public IServiceProvider Services => _execution.Services;

    public CancellationToken RequestAborted => _execution.CancellationToken;

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The raw parent value, for built-in resolvers.</summary>
    internal object? ParentValue => _parent;

    internal IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    public T Parent<T>() => _parent is T typed ? typed : (T)_parent!;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public T ArgumentValue<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default!;
        }

        return ValueConverter.Convert<T>(value, ConversionOptions);
    }

    public bool IsSelected(params ReadOnlySpan<string> fieldPath) =>
        !fieldPath.IsEmpty && IsSelected(_plan, Schema, fieldPath);

    public T DataLoader<T>()
        where T : notnull => _execution.GetScopedService<T>();

    private static bool IsSelected(FieldPlan plan, Schema schema, ReadOnlySpan<string> fieldPath)
    {
        if (fieldPath.IsEmpty)
        {
            return true;
        }

        var named = plan.Type.NamedType();
        IReadOnlyList<ObjectType> runtimeTypes = named switch
        {
            ObjectType objectType => [objectType],
            InterfaceType or UnionType => schema.GetPossibleTypes(named),
            _ => [],
        };
        foreach (var runtimeType in runtimeTypes)
        {
            foreach (var child in plan.GetChildPlans(runtimeType))
            {
                if (string.Equals(child.FieldName, fieldPath[0], StringComparison.Ordinal) && IsSelected(child, schema, fieldPath[1..]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public override string ToString() => string.Join('.', Path.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)));
}
