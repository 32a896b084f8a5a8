using Gateway.Upstream;

namespace Gateway.Filtering;

/// <summary>Either the flat condition list to send to Chatwoot, or a message saying why the filter cannot be sent.</summary>
internal sealed class FilterCompileResult
{
    private FilterCompileResult(IReadOnlyList<FilterCondition> conditions, string? error)
    {
        Conditions = conditions;
        Error = error;
    }

    /// <summary>The conditions in order; empty when the filter matches everything.</summary>
    public IReadOnlyList<FilterCondition> Conditions { get; }

    /// <summary>Why the filter was rejected, or null when it compiled.</summary>
    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public static FilterCompileResult Success(IReadOnlyList<FilterCondition> conditions) => new(conditions, null);

    public static FilterCompileResult Failure(string error) => new([], error);
}
