using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Upstream.Tests.Infrastructure;

/// <summary>
/// The client as the gateway registers it (AddChatwootClient, typed HttpClient, resilience handler), with a stub primary
/// handler, a fake clock, captured logs and captured metrics.
/// </summary>
public sealed class ClientHarness : IDisposable
{
    public const string Token = "tok-SECRET-7f3a9c2e51";

    private readonly ServiceProvider _services;

    private ClientHarness(Action<ChatwootClientOptions>? configure, Uri? baseUrl, bool overHttp)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Time);
        services.AddChatwootClient(options =>
            {
                options.BaseUrl = baseUrl ?? new Uri("http://chatwoot.test/");
                options.Retry.UseJitter = false;
                options.Retry.BaseDelay = TimeSpan.FromMilliseconds(200);
                options.CircuitBreaker.MinimumThroughput = 100;
                configure?.Invoke(options);
            });
        if (!overHttp)
        {
            services.AddHttpClient<IChatwootClient, ChatwootClient>().ConfigurePrimaryHttpMessageHandler(() => Handler);
        }

        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<IChatwootClient>();
        Metrics = new MetricCapture(_services);
    }

    public StubHttpMessageHandler Handler { get; } = new();

    public FakeTimeProvider Time { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public MetricCapture Metrics { get; }

    public IChatwootClient Client { get; }

    public IServiceProvider Services => _services;

    public static ChatwootCallContext Context(int accountId = 1, string? token = Token) => new(accountId, token);

    /// <summary>A client whose primary handler is the scripted <see cref="Handler"/>.</summary>
    public static ClientHarness Create(Action<ChatwootClientOptions>? configure = null, Uri? baseUrl = null) => new(configure, baseUrl, overHttp: false);

    /// <summary>A client with the real socket handler, talking to <paramref name="baseUrl"/> over loopback.</summary>
    public static ClientHarness OverHttp(Uri baseUrl, Action<ChatwootClientOptions>? configure = null) => new(configure, baseUrl, overHttp: true);

    public void Dispose()
    {
        Metrics.Dispose();
        _services.Dispose();
    }
}
