using System.Text.Json.Serialization;

namespace Chatwoot.Simulator.Json;

/// <summary>Source-generated JSON metadata for the data set and the admin API (snake_case).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SimulatorData))]
[JsonSerializable(typeof(FaultRule))]
[JsonSerializable(typeof(List<FaultRule>))]
[JsonSerializable(typeof(List<RecordedRequest>))]
[JsonSerializable(typeof(SimulatorDataOptions))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
