using System.Diagnostics.CodeAnalysis;

namespace Gateway.Upstream;

/// <summary>Either the value an upstream call produced or the <see cref="UpstreamError"/> it failed with.</summary>
/// <typeparam name="T">The success value type.</typeparam>
public sealed class UpstreamResult<T>
{
    private readonly T? _value;

    private UpstreamResult(T? value, UpstreamError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>True when the call succeeded and <see cref="Value"/> is available.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The failure, or null on success.</summary>
    public UpstreamError? Error { get; }

    /// <summary>The success value. Throws <see cref="InvalidOperationException"/> on a failed result.</summary>
    public T Value => Error is null
        ? _value!
        : throw new InvalidOperationException($"The upstream call failed ({Error.Kind}); read Error instead of Value.");

    /// <summary>Creates a successful result.</summary>
    [SuppressMessage("Design", "CA1000", Justification = "Factories on the result type itself read naturally: UpstreamResult<T>.Success(v).")]
    public static UpstreamResult<T> Success(T value) => new(value, null);

    /// <summary>Creates a failed result.</summary>
    [SuppressMessage("Design", "CA1000", Justification = "Factories on the result type itself read naturally: UpstreamResult<T>.Failure(e).")]
    public static UpstreamResult<T> Failure(UpstreamError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new UpstreamResult<T>(default, error);
    }

    /// <summary>Gets the value or the error without throwing.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out UpstreamError? error)
    {
        value = _value;
        error = Error;
        return error is null;
    }

    /// <summary>Maps the success value, passing a failure through unchanged.</summary>
    public UpstreamResult<TResult> Map<TResult>(Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Error is null ? UpstreamResult<TResult>.Success(map(_value!)) : UpstreamResult<TResult>.Failure(Error);
    }

    /// <inheritdoc />
    public override string ToString() => Error is null ? $"Success({_value})" : $"Failure({Error.Kind}: {Error.Message})";
}
