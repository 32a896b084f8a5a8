using Gateway.GraphQL.Errors;
using Gateway.Upstream;

namespace Gateway.Errors;

/// <summary>The one place where upstream failures become GraphQL errors with codes.</summary>
internal static class UpstreamErrors
{
    /// <summary>A GraphQL error for <paramref name="error"/>; the engine adds the field's path and location.</summary>
    public static GraphQLException ToException(UpstreamError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (code, message) = error.Kind switch
        {
            UpstreamErrorKind.Unauthorized when IsForbidden(error.Message) =>
                (GatewayErrorCodes.Forbidden, $"Chatwoot refused access: {error.Message}"),
            UpstreamErrorKind.Unauthorized =>
                (GatewayErrorCodes.Unauthenticated, $"Chatwoot did not accept the access token: {error.Message} Send a valid token in the api_access_token header."),
            UpstreamErrorKind.NotFound => (GatewayErrorCodes.NotFound, "Chatwoot found no such resource (an unknown account or team id?)."),
            UpstreamErrorKind.InvalidFilter => (GatewayErrorCodes.BadUserInput, error.Message),
            UpstreamErrorKind.RateLimited => (GatewayErrorCodes.UpstreamRateLimited, "Chatwoot is rate limiting the gateway; retry later."),
            UpstreamErrorKind.Timeout => (GatewayErrorCodes.UpstreamTimeout, "Chatwoot did not answer in time."),
            UpstreamErrorKind.Unavailable => (GatewayErrorCodes.UpstreamUnavailable, "Chatwoot is unavailable."),
            _ => (GatewayErrorCodes.UpstreamBadResponse, "Chatwoot sent a response the gateway could not read."),
        };
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (error.StatusCode is { } status)
        {
            extensions["upstreamStatus"] = status;
        }

        return new GraphQLException([new GraphQLError(message, extensions: extensions)]);
    }

    /// <summary>A <c>BAD_USER_INPUT</c> error raised before any upstream call.</summary>
    public static GraphQLException BadUserInput(string message) =>
        new([new GraphQLError(message, GatewayErrorCodes.BadUserInput)]);

    // Chatwoot answers 401 both for a bad token and for a good token without access; its English messages tell
    // them apart ("You are not authorized to access this account", "... not authorized for bots", "Account is suspended").
    private static bool IsForbidden(string message) =>
        message.Contains("not authorized", StringComparison.OrdinalIgnoreCase)
        || message.Contains("suspended", StringComparison.OrdinalIgnoreCase);
}
