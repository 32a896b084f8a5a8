namespace Gateway.GraphQL.Http;

/// <summary>
/// Settings of the GraphQL-over-HTTP endpoint mapped by <c>MapGraphQL</c>. Configure them with
/// <c>services.Configure&lt;GraphQLHttpOptions&gt;(...)</c> or per endpoint with the <c>configure</c> argument of
/// <c>MapGraphQL</c> (applied on top of the configured values).
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The default body size limit: 1 MiB.</summary>
    public const long DefaultMaxRequestBodySize = 1024 * 1024;

    /// <summary>
    /// Largest accepted POST body in bytes; a larger body is answered 413 with <c>REQUEST_ENTITY_TOO_LARGE</c>.
    /// </summary>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;

    /// <summary>Whether queries may be sent with GET (mutations never can: they are answered 405).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>GET {path}?sdl</c> answers the schema as SDL (<c>text/plain</c>).</summary>
    public bool ServeSdl { get; set; } = true;

    internal GraphQLHttpOptions Clone() => new()
    {
        MaxRequestBodySize = MaxRequestBodySize,
        EnableGetRequests = EnableGetRequests,
        ServeSdl = ServeSdl,
    };
}
