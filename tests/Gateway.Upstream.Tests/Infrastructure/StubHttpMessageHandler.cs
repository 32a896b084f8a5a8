using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Gateway.Upstream.Tests.Infrastructure;

/// <summary>The primary handler in client tests: answers from a script and records every request it received.</summary>
public sealed class StubHttpMessageHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>Answers once the script is used up.</summary>
    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Fallback { get; set; } =
        (_, _) => Task.FromResult(Json(HttpStatusCode.OK, "{}"));

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Signals each time a request arrives (set before the responder runs).</summary>
    public event Action<RecordedRequest>? Received;

    public StubHttpMessageHandler Then(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        _script.Enqueue(responder);
        return this;
    }

    public StubHttpMessageHandler ThenRespond(HttpStatusCode status, string body, string mediaType = "application/json") =>
        Then((_, _) => Task.FromResult(Response(status, body, mediaType)));

    public StubHttpMessageHandler ThenThrow(Exception exception) => Then((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>An attempt that never answers until it is cancelled.</summary>
    public StubHttpMessageHandler ThenHang() => Then(async (_, ct) =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    });

    public static HttpResponseMessage Json(HttpStatusCode status, string body) => Response(status, body, "application/json");

    public static HttpResponseMessage Response(HttpStatusCode status, string body, string mediaType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.TryGetValues("api_access_token", out var tokens) ? string.Join(",", tokens) : null,
            request.Content?.Headers.ContentType?.MediaType,
            body);
        Requests.Enqueue(recorded);
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            Received?.Invoke(recorded);
            var responder = _script.TryDequeue(out var next) ? next : Fallback;
            return await responder(request, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
