using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>Source-generated (reflection-free) serialisation of every Chatwoot contract the client reads.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(ChatwootTimestampConverter), typeof(JsonBlobConverter)])]
[JsonSerializable(typeof(ConversationPageEnvelope))]
[JsonSerializable(typeof(PayloadEnvelope<Contact>))]
[JsonSerializable(typeof(PayloadEnvelope<List<Inbox>>))]
[JsonSerializable(typeof(List<Agent>))]
[JsonSerializable(typeof(List<Team>))]
[JsonSerializable(typeof(Profile))]
[JsonSerializable(typeof(UpstreamErrorBody))]
internal sealed partial class ChatwootJsonContext : JsonSerializerContext;
