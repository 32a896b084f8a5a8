namespace Gateway.Hosting;

/// <summary>Gateway settings (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>The account used when a query gives no <c>accountId</c>; when unset, the caller's first account.</summary>
    public int? DefaultAccountId { get; set; }

    /// <summary>How many <c>GET /contacts/{id}</c> calls one request may have in flight at once.</summary>
    public int ContactLookupConcurrency { get; set; } = 4;

    /// <summary>
    /// Seconds an account's agent and inbox lists are reused across requests made with the same access token. 0 (the
    /// default) fetches them at most once per request, so a renamed inbox shows at once; a few seconds spare Chatwoot
    /// one call per query for dashboards that poll.
    /// </summary>
    public int LookupCacheSeconds { get; set; }
}
