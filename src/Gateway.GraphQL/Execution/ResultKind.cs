namespace Gateway.GraphQL.Execution;

/// <summary>What kind of outcome an <see cref="ExecutionResult"/> is.</summary>
public enum ResultKind
{
    /// <summary>Execution started and produced <c>data</c> (which may still carry errors, or be null after propagation).</summary>
    Data,

    /// <summary>Parse, validation, operation-resolution or variable-coercion failure: no <c>data</c>.</summary>
    RequestError,

    /// <summary>The selected operation's type is not allowed for this request (HTTP answers 405).</summary>
    OperationNotAllowed,
}
