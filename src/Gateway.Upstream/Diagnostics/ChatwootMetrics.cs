using System.Diagnostics.Metrics;

namespace Gateway.Upstream;

/// <summary>
/// The client's instruments on the meter <c>Gateway.Upstream</c>: calls, failures by kind, latency, retries and
/// circuit state changes, tagged with the operation. Tags never carry tokens, ids or search terms.
/// </summary>
internal sealed class ChatwootMetrics
{
    public const string MeterName = "Gateway.Upstream";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _circuitTransitions;

    public ChatwootMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        _calls = Meter.CreateCounter<long>("gateway.upstream.calls", "{call}", "Chatwoot calls made, by operation and outcome.");
        _failures = Meter.CreateCounter<long>("gateway.upstream.failures", "{call}", "Failed Chatwoot calls, by operation and error kind.");
        _duration = Meter.CreateHistogram<double>("gateway.upstream.duration", "s", "Chatwoot call latency, retries included.");
        _retries = Meter.CreateCounter<long>("gateway.upstream.retries", "{attempt}", "Retried Chatwoot attempts, by reason.");
        _circuitTransitions = Meter.CreateCounter<long>("gateway.upstream.circuit_transitions", "{transition}", "Circuit breaker state changes.");
    }

    public Meter Meter { get; }

    public void RecordCall(string operation, TimeSpan elapsed, UpstreamErrorKind? failure)
    {
        var operationTag = new KeyValuePair<string, object?>("operation", operation);
        var outcomeTag = new KeyValuePair<string, object?>("outcome", failure is null ? "success" : "failure");
        _calls.Add(1, operationTag, outcomeTag);
        _duration.Record(elapsed.TotalSeconds, operationTag, outcomeTag);
        if (failure is { } kind)
        {
            _failures.Add(1, operationTag, new KeyValuePair<string, object?>("kind", KindTag(kind)));
        }
    }

    public void RecordRetry(string reason) => _retries.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void RecordCircuitState(string state) => _circuitTransitions.Add(1, new KeyValuePair<string, object?>("state", state));

    internal static string KindTag(UpstreamErrorKind kind) => kind switch
    {
        UpstreamErrorKind.Unauthorized => "unauthorized",
        UpstreamErrorKind.NotFound => "not_found",
        UpstreamErrorKind.InvalidFilter => "invalid_filter",
        UpstreamErrorKind.RateLimited => "rate_limited",
        UpstreamErrorKind.Timeout => "timeout",
        UpstreamErrorKind.Unavailable => "unavailable",
        UpstreamErrorKind.BadResponse => "bad_response",
        _ => "unknown",
    };
}
