using System.Net;
using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Hosting;
using Gateway.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Tests.Hosting;

/// <summary>CORS, rate limiting, the concurrency gate and the Production defaults of the real gateway.</summary>
public sealed class GatewayProtectionTests
{
    [Fact]
    public async Task Preflight_FromAConfiguredOrigin_AllowsTheTokenHeadersWithoutCredentials()
    {
        await using var gateway = await ProtectedGateway.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:Protection:CorsOrigins:0"] = "https://app.example",
        });

        using var allowed = await PreflightAsync(gateway, "https://app.example");
        using var other = await PreflightAsync(gateway, "https://evil.example");

        allowed.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://app.example");
        var headers = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant();
        headers.Should().Contain("API_ACCESS_TOKEN").And.Contain("AUTHORIZATION").And.Contain("CONTENT-TYPE");
        allowed.Headers.Contains("Access-Control-Allow-Credentials").Should().BeFalse();
        other.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Fact]
    public async Task Post_OverTheRateLimit_Answers429WithRetryAfterAndAGraphQLError()
    {
        await using var gateway = await ProtectedGateway.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:Protection:RateLimitPermits"] = "3",
            ["Gateway:Protection:RateLimitWindow"] = "00:01:00",
        });

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var (status, _, response) = await gateway.PostTextAsync("""{"query":"{ __typename }"}""");
            response.Dispose();
            statuses.Add(status);
        }

        var (limited, body, limitedResponse) = await gateway.PostTextAsync("""{"query":"{ __typename }"}""");
        using var health = await gateway.Client.GetAsync("/healthz");

        statuses.Should().Equal(200, 200, 200);
        limited.Should().Be(429);
        limitedResponse.Headers.RetryAfter.Should().NotBeNull();
        ProtectedGateway.FirstErrorCode(body).Should().Be(ErrorCodes.RateLimited);
        health.StatusCode.Should().Be(HttpStatusCode.OK, "only GraphQL requests are rate limited");
        limitedResponse.Dispose();
    }

    [Theory]
    [InlineData(true, 200)]
    [InlineData(false, 429)]
    public async Task Post_ForwardedForAnotherClient_CountsSeparatelyOnlyBehindATrustedProxy(bool trusted, int expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Protection:RateLimitPermits"] = "2",
            ["Gateway:Protection:RateLimitWindow"] = "00:01:00",
        };
        if (trusted)
        {
            settings["Gateway:Protection:TrustedProxies:0"] = "127.0.0.0/8";
        }

        await using var gateway = await ProtectedGateway.StartAsync(settings);

        for (var i = 0; i < 2; i++)
        {
            (await PostFromAsync(gateway, "203.0.113.7")).Should().Be(200);
        }

        (await PostFromAsync(gateway, "203.0.113.7")).Should().Be(429, "the first client has used its permits");
        (await PostFromAsync(gateway, "198.51.100.20")).Should().Be(expected);
    }

    [Theory]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("192.168.1.10", true)]
    [InlineData("::1", true)]
    [InlineData("fd00::/8", true)]
    [InlineData("proxy.internal", false)]
    [InlineData("10.0.0.0/33", false)]
    public void ParseTrustedProxies_Entry_AcceptsAddressesAndNetworksOnly(string entry, bool valid)
    {
        var act = () => GatewayProtection.ParseTrustedProxies([entry]);

        if (valid)
        {
            act.Should().NotThrow().Which.Should().ContainSingle();
        }
        else
        {
            act.Should().Throw<InvalidOperationException>().WithMessage("*TrustedProxies*" + entry + "*");
        }
    }

    private static async Task<int> PostFromAsync(ProtectedGateway gateway, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await gateway.Client.SendAsync(request);
        return (int)response.StatusCode;
    }

    [Fact]
    public void Limiter_ConcurrencyGateFull_RefusesOnlyGraphQLRequests()
    {
        using var limiter = GatewayProtection.CreateLimiter(new ProtectionOptions { MaxConcurrentRequests = 1, ConcurrencyQueueLimit = 0, RateLimitPermits = 0 });
        var graphql = new DefaultHttpContext();
        graphql.Request.Path = "/graphql";
        var health = new DefaultHttpContext();
        health.Request.Path = "/healthz";

        using var first = limiter.AttemptAcquire(graphql);
        using var second = limiter.AttemptAcquire(graphql);
        using var other = limiter.AttemptAcquire(health);

        first.IsAcquired.Should().BeTrue();
        second.IsAcquired.Should().BeFalse();
        other.IsAcquired.Should().BeTrue();
    }

    [Fact]
    public async Task Production_Defaults_IntrospectionOnAndIdeOff()
    {
        await using var gateway = await ProtectedGateway.StartAsync();

        var (status, body, response) = await gateway.PostTextAsync("""{"query":"{ __schema { queryType { name } } }"}""");
        response.Dispose();
        using var ide = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        ide.Headers.TryAddWithoutValidation("Accept", "text/html");
        using var ideResponse = await gateway.Client.SendAsync(ide);

        status.Should().Be(200);
        body.Should().Be("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""");
        ideResponse.Content.Headers.ContentType?.MediaType.Should().NotBe("text/html");
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task ExceptionDetails_OnlyInDevelopment(string environment, bool expected)
    {
        await using var gateway = await ProtectedGateway.StartAsync(environment: environment);

        var options = gateway.Host.App.Services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;

        options.IncludeExceptionDetails.Should().Be(expected);
    }

    [Fact]
    public async Task Post_GraphQLCostReport_AddsTheCostOfAConversationPage()
    {
        await using var gateway = await ProtectedGateway.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ conversations { nodes { id } } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("api_access_token", Chatwoot.Simulator.SimulatorData.DemoToken);
        request.Headers.Add("GraphQL-Cost", "report");

        using var response = await gateway.Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var cost = json.RootElement.GetProperty("extensions").GetProperty("operationCost");
        // conversations: resolver 10 + page 1 x (nodes 1 + 25 x 0); types: root + page + 25 conversations.
        cost.GetProperty("fieldCost").GetDouble().Should().Be(11);
        cost.GetProperty("typeCost").GetDouble().Should().Be(27);
        json.RootElement.GetProperty("data").GetProperty("conversations").GetProperty("nodes").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Post_GraphQLCostValidate_AnswersTheCostWithoutCallingChatwoot()
    {
        await using var gateway = await ProtectedGateway.StartAsync();
        gateway.Simulator.State.RequestLog.Clear();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ conversations { nodes { id } } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("api_access_token", Chatwoot.Simulator.SimulatorData.DemoToken);
        request.Headers.Add("GraphQL-Cost", "validate");
        request.Headers.TryAddWithoutValidation("Accept", ProtectedGateway.GraphQLResponse);

        using var response = await gateway.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.Should().Be("""{"extensions":{"operationCost":{"fieldCost":11,"typeCost":27}}}""");
        gateway.Simulator.State.RequestLog.Snapshot().Should().NotContain(r => r.Path.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_TypicalConversationListQuery_IsWithinTheDefaultCostLimits()
    {
        await using var gateway = await ProtectedGateway.StartAsync();
        const string Query = "{ conversations { page nodes { id sender { name } assignee { name } inbox { name } team { name } messages { id sender { __typename } } } } }";

        var (status, body, response) = await gateway.PostJsonAsync(new { query = Query });
        response.Dispose();

        status.Should().Be(200, body);
        body.Should().NotContain("\"errors\"");
    }

    [Fact]
    public async Task Post_OverTheConfiguredFieldCost_Answers400NamingTheLimit()
    {
        await using var gateway = await ProtectedGateway.StartAsync(new Dictionary<string, string?> { ["GraphQL:Cost:MaxFieldCost"] = "50" });

        var (status, body, response) = await gateway.PostJsonAsync(new { query = "{ conversations { nodes { id sender { name } assignee { name } } } }" });
        response.Dispose();

        status.Should().Be(400);
        ProtectedGateway.FirstErrorCode(body).Should().Be(ErrorCodes.MaxFieldCostExceeded);
        body.Should().Contain("maximum field cost of 50");
    }

    private static async Task<HttpResponseMessage> PreflightAsync(ProtectedGateway gateway, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "api_access_token,content-type");
        return await gateway.Client.SendAsync(request);
    }
}
