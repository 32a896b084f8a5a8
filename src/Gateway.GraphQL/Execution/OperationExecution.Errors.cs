using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    private object RecordError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }

        return Failed;
    }

    /// <summary>Records the error of a field whose resolver (or argument coercion) failed; returns the field's value.</summary>
    private object? HandleFieldError(Exception exception, FieldPlan plan, PathSegment? parentPath)
    {
        HandleError(exception, plan, PathSegment.ToList(parentPath, plan.ResponseKey));
        return plan.Type is NonNullType ? Failed : null;
    }

    private void HandleError(Exception exception, FieldPlan plan, IReadOnlyList<object> path)
    {
        switch (exception)
        {
            case GraphQLException graphQLException:
                foreach (var error in graphQLException.Errors)
                {
                    var extensions = error.Extensions;
                    if (error.Code is null)
                    {
                        extensions = new Dictionary<string, object?>(extensions) { ["code"] = ErrorCodes.InternalServerError };
                    }

                    RecordError(new GraphQLError(
                        error.Message,
                        error.Locations.Count > 0 ? error.Locations : plan.Locations,
                        error.Path ?? path,
                        extensions,
                        error.Exception ?? graphQLException));
                }

                break;
            case OperationCanceledException when CancellationToken.IsCancellationRequested:
                RecordError(new GraphQLError("The request was cancelled.", ErrorCodes.RequestCancelled, plan.Locations, path));
                break;
            default:
                LogResolverError(_logger, plan.ParentType.Name, plan.FieldName, exception);
                var details = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError };
                if (_options.IncludeExceptionDetails)
                {
                    details["exception"] = new Dictionary<string, object?>
                    {
                        ["type"] = exception.GetType().FullName,
                        ["message"] = exception.Message,
                        ["stackTrace"] = exception.StackTrace,
                    };
                }

                RecordError(new GraphQLError(
                    _options.IncludeExceptionDetails ? exception.Message : ExecutionErrors.MaskedMessage,
                    plan.Locations,
                    path,
                    details,
                    exception));
                break;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Resolver of {TypeName}.{FieldName} failed")]
    private static partial void LogResolverError(ILogger logger, string typeName, string fieldName, Exception exception);
}
