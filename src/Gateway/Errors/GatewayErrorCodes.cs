namespace Gateway.Errors;

/// <summary>The <c>extensions.code</c> values the gateway adds to the engine's codes, one per upstream failure kind.</summary>
internal static class GatewayErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string UpstreamRateLimited = "UPSTREAM_RATE_LIMITED";
    public const string UpstreamTimeout = "UPSTREAM_TIMEOUT";
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
    public const string UpstreamBadResponse = "UPSTREAM_BAD_RESPONSE";
}
