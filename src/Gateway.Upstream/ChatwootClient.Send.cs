using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Upstream;

/// <summary>Sending one call and turning every way it can end into a value.</summary>
internal sealed partial class ChatwootClient
{
    private async Task<UpstreamResult<TResult>> SendAsync<TWire, TResult>(
        string operation,
        HttpMethod method,
        string path,
        byte[]? body,
        string? callerToken,
        JsonTypeInfo<TWire> wireType,
        Func<TWire, TResult?> map,
        CancellationToken cancellationToken)
        where TWire : class
        where TResult : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = _time.GetTimestamp();
        var token = string.IsNullOrEmpty(callerToken) ? _serviceToken : callerToken;
        UpstreamResult<TResult> result;
        if (token is null)
        {
            result = UpstreamResult<TResult>.Failure(new UpstreamError(UpstreamErrorKind.Unauthorized, "No Chatwoot access token was supplied."));
        }
        else if (!IsHeaderSafe(token))
        {
            result = UpstreamResult<TResult>.Failure(new UpstreamError(UpstreamErrorKind.Unauthorized, "The Chatwoot access token is malformed."));
        }
        else
        {
            result = await SendCoreAsync(operation, method, path, body, token, wireType, map, cancellationToken).ConfigureAwait(false);
        }

        var elapsed = _time.GetElapsedTime(started);
        _metrics.RecordCall(operation, elapsed, result.Error?.Kind);
        if (result.Error is { } error)
        {
            _logger.UpstreamCallFailed(operation, error.Kind, error.StatusCode, elapsed.TotalMilliseconds);
        }
        else
        {
            _logger.UpstreamCallSucceeded(operation, elapsed.TotalMilliseconds);
        }

        return result;
    }

    private async Task<UpstreamResult<TResult>> SendCoreAsync<TWire, TResult>(
        string operation,
        HttpMethod method,
        string path,
        byte[]? body,
        string token,
        JsonTypeInfo<TWire> wireType,
        Func<TWire, TResult?> map,
        CancellationToken cancellationToken)
        where TWire : class
        where TResult : class
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation(TokenHeader, token);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonContentType;
        }

        try
        {
            // The resilience handler has already read the whole body (within the attempt timeout and the size limit)
            // into pooled memory; ResponseContentRead would copy it once more.
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if ((int)response.StatusCode is >= 200 and < 300)
            {
                return await ReadSuccessAsync(operation, response, wireType, map, cancellationToken).ConfigureAwait(false);
            }

            var error = await ReadFailureAsync(response, cancellationToken).ConfigureAwait(false);
            return UpstreamResult<TResult>.Failure(error with { Message = Redact(error.Message, token) });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException)
        {
            return UpstreamResult<TResult>.Failure(new UpstreamError(UpstreamErrorKind.Timeout, "Chatwoot did not answer in time."));
        }
        catch (BrokenCircuitException ex)
        {
            return UpstreamResult<TResult>.Failure(new UpstreamError(
                UpstreamErrorKind.Unavailable, "Chatwoot is failing; calls are paused by the circuit breaker.", RetryAfter: ex.RetryAfter));
        }
        catch (ConcurrencyLimitRejectedException)
        {
            return UpstreamResult<TResult>.Failure(new UpstreamError(UpstreamErrorKind.RateLimited, "Too many Chatwoot calls are already waiting."));
        }
        catch (ResponseTooLargeException)
        {
            return UpstreamResult<TResult>.Failure(new UpstreamError(UpstreamErrorKind.BadResponse, "The Chatwoot response is larger than the configured maximum."));
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            return UpstreamResult<TResult>.Failure(new UpstreamError(
                UpstreamErrorKind.BadResponse, "The Chatwoot response is larger than the configured maximum.", (int?)ex.StatusCode));
        }
        catch (HttpRequestException ex)
        {
            return UpstreamResult<TResult>.Failure(new UpstreamError(
                UpstreamErrorKind.Unavailable, $"Chatwoot could not be reached ({ex.HttpRequestError}).", (int?)ex.StatusCode));
        }
        catch (OperationCanceledException)
        {
            // Cancelled by something other than the caller (a handler or transport timeout).
            return UpstreamResult<TResult>.Failure(new UpstreamError(UpstreamErrorKind.Timeout, "The Chatwoot call was cancelled before it completed."));
        }
    }

    private async Task<UpstreamResult<TResult>> ReadSuccessAsync<TWire, TResult>(
        string operation,
        HttpResponseMessage response,
        JsonTypeInfo<TWire> wireType,
        Func<TWire, TResult?> map,
        CancellationToken cancellationToken)
        where TWire : class
        where TResult : class
    {
        var status = (int)response.StatusCode;
        try
        {
            TWire? wire;
            if (response.Content is PooledResponseContent buffered)
            {
                // The usual case: the resilience handler buffered the body; a synchronous read of the span is cheapest.
                var body = buffered.Memory;
                using (JsonInputScope.Enter(body))
                {
                    wire = JsonSerializer.Deserialize(body.Span, wireType);
                }
            }
            else
            {
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    wire = await JsonSerializer.DeserializeAsync(stream, wireType, cancellationToken).ConfigureAwait(false);
                }
            }

            if (wire is not null && map(wire) is { } value)
            {
                return UpstreamResult<TResult>.Success(value);
            }

            _logger.UnreadableBody(operation, typeof(TResult).Name, exception: null);
        }
        catch (JsonException ex)
        {
            _logger.UnreadableBody(operation, typeof(TResult).Name, ex);
        }

        return UpstreamResult<TResult>.Failure(new UpstreamError(UpstreamErrorKind.BadResponse, "Chatwoot returned a body that is not the expected JSON.", status));
    }

    private async Task<UpstreamError> ReadFailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var upstreamMessage = await ReadErrorMessageAsync(response, cancellationToken).ConfigureAwait(false);
        var retryAfter = TransientFailure.RetryAfter(response, _time);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new UpstreamError(
                UpstreamErrorKind.Unauthorized, upstreamMessage ?? "Chatwoot refused the access token.", status),
            HttpStatusCode.NotFound => new UpstreamError(
                UpstreamErrorKind.NotFound, upstreamMessage ?? "Chatwoot found no such resource.", status),
            HttpStatusCode.UnprocessableEntity => new UpstreamError(
                UpstreamErrorKind.InvalidFilter, upstreamMessage ?? "Chatwoot rejected the filter.", status),
            HttpStatusCode.TooManyRequests => new UpstreamError(
                UpstreamErrorKind.RateLimited, "Chatwoot is rate limiting the gateway.", status, retryAfter),
            HttpStatusCode.RequestTimeout => new UpstreamError(
                UpstreamErrorKind.Timeout, "Chatwoot timed out the request.", status, retryAfter),
            _ when status >= 500 => new UpstreamError(
                UpstreamErrorKind.Unavailable, $"Chatwoot failed with status {status}.", status, retryAfter),
            _ => new UpstreamError(UpstreamErrorKind.BadResponse, $"Chatwoot answered with unexpected status {status}.", status),
        };
    }

    /// <summary>Chatwoot's <c>error</c> or <c>errors</c> text, when the body is JSON; null otherwise.</summary>
    private static async Task<string?> ReadErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var body = await JsonSerializer.DeserializeAsync(stream, ChatwootJsonContext.Default.UpstreamErrorBody, cancellationToken)
                    .ConfigureAwait(false);
                var message = body?.Message;
                return string.IsNullOrWhiteSpace(message) ? null : message;
            }
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Redact(string message, string token) =>
        token.Length >= 4 ? message.Replace(token, "(redacted)", StringComparison.Ordinal) : message;

    /// <summary>Visible ASCII only: no header injection, and nothing the transport would reject after retries.</summary>
    private static bool IsHeaderSafe(string token)
    {
        foreach (var c in token)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
