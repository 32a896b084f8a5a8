namespace Gateway.Upstream;

/// <summary>Chatwoot's <c>{"payload": ...}</c> wrapper (single contact, inboxes).</summary>
/// <typeparam name="T">The payload type.</typeparam>
internal sealed class PayloadEnvelope<T>
    where T : class
{
    public T? Payload { get; set; }
}
