using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.Http;

internal static partial class GraphQLHttpLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The GraphQL executor failed unexpectedly on {Method} {Path}.")]
    public static partial void ExecutorFailed(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "GraphQL HTTP request rejected with {StatusCode}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, string reason);
}
