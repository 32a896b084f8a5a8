using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>What a field resolver sees: parent value, coerced arguments, request services and position in the result.</summary>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    /// <summary>The field being resolved.</summary>
    OutputField Field { get; }

    /// <summary>The first field node of the (merged) selection.</summary>
    FieldNode Selection { get; }

    /// <summary>The response path of the field: keys and list indices.</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>The request's services (scoped to the request).</summary>
    IServiceProvider Services { get; }

    /// <summary>Cancelled when the request is aborted or times out.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>Coerced argument values (only provided or defaulted arguments are present).</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The parent value, cast to <typeparamref name="T"/>.</summary>
    T Parent<T>();

    /// <summary>An argument value converted to <typeparamref name="T"/> (input objects and lists are converted structurally).</summary>
    T ArgumentValue<T>(string name);

    /// <summary>True when the argument was provided (or has a default).</summary>
    bool HasArgument(string name);

    /// <summary>
    /// True when the operation selects <paramref name="fieldPath"/> below this field: field names (not aliases), one per
    /// level, each looked up in every runtime type the level can have, with fragments and <c>@skip</c>/<c>@include</c>
    /// applied exactly as execution will apply them. Lets a resolver start work its sub-selection is going to need,
    /// such as a lookup that does not depend on this field's own result.
    /// </summary>
    bool IsSelected(params ReadOnlySpan<string> fieldPath);

    /// <summary>Gets a request-scoped DataLoader (registered with <c>AddDataLoader</c>).</summary>
    T DataLoader<T>()
        where T : notnull;
}
