namespace Gateway.GraphQL.Validation;

/// <summary>Thrown inside the walker when the error limit is reached; caught by <see cref="DocumentValidator"/> and never escapes it.</summary>
#pragma warning disable CA1064 // Internal control-flow exception: it never leaves the assembly.
internal sealed class ValidationAbortedException : Exception
#pragma warning restore CA1064
{
    public ValidationAbortedException()
        : base("Validation aborted: too many errors.")
    {
    }
}
