using Gateway.GraphQL.Errors;

namespace Gateway.GraphQL.Execution;

/// <summary>The outcome of executing one <see cref="GraphQLRequest"/>.</summary>
public sealed class ExecutionResult
{
    private ExecutionResult(ResultKind kind, bool hasData, object? data, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions)
    {
        Kind = kind;
        HasData = hasData;
        Data = data;
        Errors = errors;
        Extensions = extensions;
    }

    public ResultKind Kind { get; }

    /// <summary>True when the response has a <c>data</c> entry (which may be null after null propagation).</summary>
    public bool HasData { get; }

    /// <summary>The data tree: a <see cref="ResultMap"/> (or null when a non-null root field failed).</summary>
    public object? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A result that produced data (possibly null) with field errors.</summary>
    public static ExecutionResult FromData(object? data, IReadOnlyList<GraphQLError>? errors = null, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(ResultKind.Data, true, data, errors ?? [], extensions);

    /// <summary>A result with errors only: the request could not be executed.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors, ResultKind kind = ResultKind.RequestError) =>
        new(kind, false, null, errors, null);

    /// <summary>A result with a single error.</summary>
    public static ExecutionResult FromError(GraphQLError error, ResultKind kind = ResultKind.RequestError) =>
        FromErrors([error], kind);

    /// <summary>A copy of this result with one more <c>extensions</c> entry (e.g. <c>operationCost</c>).</summary>
    public ExecutionResult WithExtension(string key, object? value)
    {
        var extensions = Extensions is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(Extensions);
        extensions[key] = value;
        return new ExecutionResult(Kind, HasData, Data, Errors, extensions);
    }
}
