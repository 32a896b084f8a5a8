using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Upstream;

/// <summary>Registers <see cref="IChatwootClient"/> as a typed <see cref="HttpClient"/> with its resilience handler.</summary>
public static class ChatwootServiceCollectionExtensions
{
    /// <summary>Registers the client with options bound from <paramref name="section"/> (normally <c>Chatwoot</c>).</summary>
    /// <returns>The HTTP client builder, to add handlers or replace the primary handler.</returns>
    public static IHttpClientBuilder AddChatwootClient(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<ChatwootClientOptions>().Bind(section);
        return AddCore(services);
    }

    /// <summary>Registers the client with options set in code.</summary>
    public static IHttpClientBuilder AddChatwootClient(this IServiceCollection services, Action<ChatwootClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ChatwootClientOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>Registers the client with options bound from <paramref name="section"/>, then adjusted in code.</summary>
    public static IHttpClientBuilder AddChatwootClient(
        this IServiceCollection services, IConfiguration section, Action<ChatwootClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ChatwootClientOptions>().Bind(section).Configure(configure);
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.AddOptions<ChatwootClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatwootClientOptions>, ChatwootClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<ChatwootMetrics>();
        services.TryAddSingleton<ChatwootResiliencePipelineProvider>();
        services.TryAddTransient<ChatwootResilienceHandler>();
        return services
            .AddHttpClient<IChatwootClient, ChatwootClient>(static (provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<ChatwootClientOptions>>().Value;
                var baseUrl = options.BaseUrl ?? throw new InvalidOperationException("Chatwoot:BaseUrl is not configured.");
                client.BaseAddress = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
                // The resilience pipeline owns every timeout; HttpClient's own 100 s default would cut across it.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<ChatwootResilienceHandler>()
            // HttpClient's own logging must never print the api_access_token header (or any other header value).
            .RedactLoggedHeaders(static _ => true);
    }
}
