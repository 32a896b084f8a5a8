using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Upstream.Tests;

public sealed class ChatwootServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddChatwootClient(configuration.GetSection(ChatwootClientOptions.SectionName));
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddChatwootClient_ConfigurationSection_BindsEveryFigure()
    {
        using var provider = Build(new()
        {
            ["Chatwoot:BaseUrl"] = "https://chat.example.com/",
            ["Chatwoot:ServiceToken"] = "svc",
            ["Chatwoot:Timeouts:Total"] = "00:00:20",
            ["Chatwoot:Timeouts:Attempt"] = "00:00:04",
            ["Chatwoot:Retry:MaxRetryAttempts"] = "5",
            ["Chatwoot:Retry:BaseDelay"] = "00:00:00.100",
            ["Chatwoot:Retry:MaxDelay"] = "00:00:02",
            ["Chatwoot:Retry:UseJitter"] = "false",
            ["Chatwoot:Retry:MaxRetryAfter"] = "00:00:03",
            ["Chatwoot:CircuitBreaker:Enabled"] = "false",
            ["Chatwoot:CircuitBreaker:FailureRatio"] = "0.25",
            ["Chatwoot:CircuitBreaker:MinimumThroughput"] = "7",
            ["Chatwoot:CircuitBreaker:SamplingDuration"] = "00:01:00",
            ["Chatwoot:CircuitBreaker:BreakDuration"] = "00:00:09",
            ["Chatwoot:MaxConcurrency"] = "3",
            ["Chatwoot:MaxQueuedCalls"] = "4",
            ["Chatwoot:MaxResponseBytes"] = "65536",
        });

        var o = provider.GetRequiredService<IOptions<ChatwootClientOptions>>().Value;

        o.BaseUrl.Should().Be(new Uri("https://chat.example.com/"));
        o.ServiceToken.Should().Be("svc");
        (o.Timeouts.Total, o.Timeouts.Attempt).Should().Be((TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(4)));
        (o.Retry.MaxRetryAttempts, o.Retry.BaseDelay, o.Retry.MaxDelay, o.Retry.UseJitter, o.Retry.MaxRetryAfter)
            .Should().Be((5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2), false, TimeSpan.FromSeconds(3)));
        (o.CircuitBreaker.Enabled, o.CircuitBreaker.FailureRatio, o.CircuitBreaker.MinimumThroughput)
            .Should().Be((false, 0.25, 7));
        (o.CircuitBreaker.SamplingDuration, o.CircuitBreaker.BreakDuration).Should().Be((TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(9)));
        (o.MaxConcurrency, o.MaxQueuedCalls, o.MaxResponseBytes).Should().Be((3, 4, 65536L));
        provider.GetRequiredService<IChatwootClient>().Should().NotBeNull();
    }

    [Fact]
    public void AddChatwootClient_Defaults_HaveNoServiceToken()
    {
        using var provider = Build(new() { ["Chatwoot:BaseUrl"] = "http://localhost:3000" });

        provider.GetRequiredService<IOptions<ChatwootClientOptions>>().Value.ServiceToken.Should().BeNull();
    }

    [Theory]
    [InlineData("Chatwoot:BaseUrl", "", "BaseUrl")]
    [InlineData("Chatwoot:Retry:MaxRetryAttempts", "-1", "MaxRetryAttempts")]
    [InlineData("Chatwoot:CircuitBreaker:MinimumThroughput", "1", "CircuitBreaker")]
    [InlineData("Chatwoot:MaxConcurrency", "0", "MaxConcurrency")]
    [InlineData("Chatwoot:Timeouts:Attempt", "00:00:00", "Timeouts")]
    public void AddChatwootClient_InvalidSetting_FailsNamingTheKey(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?> { ["Chatwoot:BaseUrl"] = "http://localhost:3000", [key] = value };
        using var provider = Build(settings);

        var act = () => provider.GetRequiredService<IChatwootClient>();

        act.Should().Throw<OptionsValidationException>().WithMessage($"*{named}*");
    }

    [Fact]
    public void AddChatwootClient_ActionOverload_AppliesTheSettings()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddChatwootClient(o =>
        {
            o.BaseUrl = new Uri("http://127.0.0.1:3300");
            o.MaxConcurrency = 9;
        });
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<ChatwootClientOptions>>().Value.MaxConcurrency.Should().Be(9);
        provider.GetRequiredService<IChatwootClient>().Should().NotBeNull();
    }
}
