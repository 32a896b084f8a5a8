namespace Gateway.GraphQL.Errors;

/// <summary>
/// Values of <c>extensions.code</c>. Names follow the conventions front-end clients already recognise
/// (Apollo's <c>GRAPHQL_PARSE_FAILED</c>, <c>BAD_USER_INPUT</c>, ...).
/// </summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document breaks a rule of the specification's Validation section.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Validation stopped after reaching the maximum number of errors.</summary>
    public const string TooManyValidationErrors = "TOO_MANY_VALIDATION_ERRORS";

    /// <summary>The document has more tokens than the parser allows.</summary>
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";

    /// <summary>The document nests deeper than the parser allows.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The document has more fields than the parser allows.</summary>
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";

    /// <summary>A variable or argument value could not be coerced.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The request is not a well-formed GraphQL-over-HTTP request.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The operation to run cannot be determined (no operation, or several and no name).</summary>
    public const string OperationResolutionFailed = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The operation type is not supported by this server (subscriptions, or a mutation over GET).</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>A resolver failed in a way not meant for the client; the message is masked.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A non-null field resolved to null or a value could not be serialised.</summary>
    public const string NonNullViolation = "NON_NULL_VIOLATION";

    /// <summary>The execution timeout elapsed.</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    /// <summary>The request was cancelled by the caller.</summary>
    public const string RequestCancelled = "REQUEST_CANCELLED";

    /// <summary>The request body exceeds the configured size limit.</summary>
    public const string RequestTooLarge = "REQUEST_ENTITY_TOO_LARGE";

    /// <summary>Introspection is disabled on this server.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The schema (SDL) breaks a type-system rule; every problem is listed.</summary>
    public const string SchemaInvalid = "SCHEMA_INVALID";

    /// <summary>The operation nests fields deeper than <c>GraphQL:Limits:MaxExecutionDepth</c>.</summary>
    public const string MaxExecutionDepthExceeded = "MAX_EXECUTION_DEPTH_EXCEEDED";

    /// <summary>The operation selects more fields and aliases than <c>GraphQL:Limits:MaxFields</c>.</summary>
    public const string MaxOperationFieldsExceeded = "MAX_OPERATION_FIELDS_EXCEEDED";

    /// <summary>The operation spreads fragments more often than <c>GraphQL:Limits:MaxFragmentVisits</c>.</summary>
    public const string MaxFragmentVisitsExceeded = "MAX_FRAGMENT_VISITS_EXCEEDED";

    /// <summary>An introspection query nests <c>ofType</c> or list fields deeper than allowed.</summary>
    public const string IntrospectionDepthExceeded = "MAX_INTROSPECTION_DEPTH_EXCEEDED";

    /// <summary>The operation's field cost exceeds <c>GraphQL:Cost:MaxFieldCost</c>.</summary>
    public const string MaxFieldCostExceeded = "MAX_FIELD_COST_EXCEEDED";

    /// <summary>The operation's type cost exceeds <c>GraphQL:Cost:MaxTypeCost</c>.</summary>
    public const string MaxTypeCostExceeded = "MAX_TYPE_COST_EXCEEDED";

    /// <summary>An automatic persisted query hash is not (yet) registered; the client retries with the text.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>A persisted query's text does not hash to the given <c>sha256Hash</c>, or the hash is malformed.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Trusted-documents mode: the operation is not one of the configured documents.</summary>
    public const string OperationNotTrusted = "OPERATION_NOT_TRUSTED";

    /// <summary>The client sent more requests than the rate limit allows; retry after <c>Retry-After</c> seconds.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>Too many requests are executing at once; retry later.</summary>
    public const string TooManyConcurrentRequests = "TOO_MANY_CONCURRENT_REQUESTS";

    /// <summary>Automatic persisted queries are switched off on this server.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>A variable holds a list longer than <c>GraphQL:Limits:MaxInputListLength</c>.</summary>
    public const string InputListTooLong = "INPUT_LIST_TOO_LONG";
}
