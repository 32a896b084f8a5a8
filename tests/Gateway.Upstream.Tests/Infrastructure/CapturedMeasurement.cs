namespace Gateway.Upstream.Tests.Infrastructure;

/// <summary>One recorded measurement.</summary>
public sealed record CapturedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);
