using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Gateway.GraphQL.Errors;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Gateway.Hosting;

/// <summary>
/// Wires <see cref="ProtectionOptions"/>: Kestrel's slow-client limits, a CORS policy for the GraphQL endpoint and
/// one global limiter for it, chaining a concurrency gate with a fixed-window limit per client IP. Refusals carry a
/// GraphQL-shaped body: 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>, or 503 <c>TOO_MANY_CONCURRENT_REQUESTS</c>.
/// </summary>
internal static class GatewayProtection
{
    public const string CorsPolicy = "graphql";

    public static void AddGatewayProtection(this WebApplicationBuilder builder)
    {
        var options = new ProtectionOptions();
        builder.Configuration.GetSection(ProtectionOptions.SectionName).Bind(options);
        builder.Services.Configure<ProtectionOptions>(builder.Configuration.GetSection(ProtectionOptions.SectionName));

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.RequestHeadersTimeout = options.RequestHeadersTimeout;
            kestrel.Limits.MinRequestBodyDataRate = options.MinRequestBodyBytesPerSecond > 0
                ? new MinDataRate(options.MinRequestBodyBytesPerSecond, options.MinRequestBodyGracePeriod)
                : null;
        });

        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            policy.WithOrigins([.. options.CorsOrigins])
                .WithMethods("GET", "POST")
                .WithHeaders("api_access_token", "Authorization", "Content-Type", "Accept", "GraphQL-Cost")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            if (options.CorsAllowCredentials)
            {
                policy.AllowCredentials();
            }
        }));

        if (options.TrustedProxies.Count > 0)
        {
            var networks = ParseTrustedProxies(options.TrustedProxies);
            builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var network in networks)
                {
                    forwarded.KnownIPNetworks.Add(network);
                }

                // Every hop is checked against the list, so a chain of trusted proxies unwraps fully and stops at
                // the first address that is not one of them.
                forwarded.ForwardLimit = null;
            });
        }

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = CreateLimiter(options);
            limiter.OnRejected = OnRejectedAsync;
        });
    }

    /// <summary>Reads <see cref="ProtectionOptions.TrustedProxies"/>: addresses become one-address networks; anything else stops the start.</summary>
    internal static IReadOnlyList<System.Net.IPNetwork> ParseTrustedProxies(IEnumerable<string> entries)
    {
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in entries)
        {
            var text = entry.Trim();
            if (IPAddress.TryParse(text, out var address) && !text.Contains('/', StringComparison.Ordinal))
            {
                networks.Add(new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else if (System.Net.IPNetwork.TryParse(text, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new InvalidOperationException(
                    $"{ProtectionOptions.SectionName}:TrustedProxies: '{entry}' is neither an IP address nor a CIDR network (such as 10.0.0.0/8).");
            }
        }

        return networks;
    }

    /// <summary>Whether forwarded headers are read (some trusted proxy is configured).</summary>
    internal static bool ReadsForwardedHeaders(IServiceProvider services) =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProtectionOptions>>().Value.TrustedProxies.Count > 0;

    /// <summary>The limiter for GraphQL requests; other paths (health, IDE assets) are never limited.</summary>
    internal static PartitionedRateLimiter<HttpContext> CreateLimiter(ProtectionOptions options)
    {
        var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            options.RateLimitPermits <= 0 || !IsGraphQL(context)
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RateLimitPermits,
                    Window = options.RateLimitWindow,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        var concurrency = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            options.MaxConcurrentRequests <= 0 || !IsGraphQL(context)
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetConcurrencyLimiter("graphql", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.MaxConcurrentRequests,
                    QueueLimit = Math.Max(0, options.ConcurrencyQueueLimit),
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
        return PartitionedRateLimiter.CreateChained(perClient, concurrency);
    }

    private static bool IsGraphQL(HttpContext context) => context.Request.Path.StartsWithSegments(GatewayApplication.GraphQLPath, StringComparison.OrdinalIgnoreCase);

    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString();

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var response = rejected.HttpContext.Response;
        string message;
        string code;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            message = $"Too many requests from this client: the rate limit (Gateway:Protection:RateLimitPermits) allows a limited number per window. Retry after {seconds} s.";
            code = ErrorCodes.RateLimited;
        }
        else
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = "1";
            message = "Too many GraphQL requests are executing at once (Gateway:Protection:MaxConcurrentRequests). Retry shortly.";
            code = ErrorCodes.TooManyConcurrentRequests;
        }

        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code } } } }, ct);
    }
}
