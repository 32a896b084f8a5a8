using Chatwoot.Simulator;
using Gateway.Tests.Hosting;

namespace Gateway.Tests.Resolvers;

/// <summary>Each kind of upstream failure reaches the client as a GraphQL error with its code, never a crash or a leaked token.</summary>
public sealed class UpstreamErrorMappingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Query = "{ conversations { nodes { id } } }";

    private async Task<(string Code, string Message)> FirstErrorAsync(string query = Query, string? token = SimulatorData.DemoToken)
    {
        var result = await gateway.QueryAsync(query, token: token);
        var error = result.GetProperty("errors")[0];
        return (error.GetProperty("extensions").GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }

    [Fact]
    public async Task Conversations_NoToken_IsUnauthenticatedWithoutAnUpstreamCall()
    {
        gateway.ResetSimulator();

        var (code, _) = await FirstErrorAsync(token: null);

        code.Should().Be("UNAUTHENTICATED");
        gateway.UpstreamCalls().Should().BeEmpty();
    }

    [Fact]
    public async Task Conversations_UnknownToken_IsUnauthenticatedAndDoesNotEchoTheToken()
    {
        gateway.ResetSimulator();

        var (code, message) = await FirstErrorAsync(token: "not-a-real-token-123");

        code.Should().Be("UNAUTHENTICATED");
        message.Should().NotContain("not-a-real-token-123");
    }

    [Fact]
    public async Task Conversations_TokenOfAnotherAccount_IsForbidden()
    {
        gateway.ResetSimulator();

        var (code, _) = await FirstErrorAsync(token: SimulatorData.DemoOtherAccountToken);

        code.Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task Conversations_UnknownTeam_IsNotFound()
    {
        gateway.ResetSimulator();

        var (code, _) = await FirstErrorAsync("{ conversations(teamId: 9999) { nodes { id } } }");

        code.Should().Be("NOT_FOUND");
    }

    [Fact]
    public async Task Conversations_UnknownCustomAttribute_IsBadUserInputWithChatwootsMessage()
    {
        gateway.ResetSimulator();

        var (code, message) = await FirstErrorAsync("""{ conversations(filter: { customAttributes: [{ key: "no_such_attribute", eq: "x" }] }) { nodes { id } } }""");

        code.Should().Be("BAD_USER_INPUT");
        message.Should().StartWith("Invalid attribute key - [no_such_attribute].");
    }

    [Theory]
    [InlineData(429, "UPSTREAM_RATE_LIMITED")]
    [InlineData(503, "UPSTREAM_UNAVAILABLE")]
    public async Task Conversations_UpstreamFailureStatus_MapsToItsCode(int status, string expected)
    {
        gateway.ResetSimulator();
        gateway.Simulator.State.Faults.Add(new FaultRule { Endpoint = "conversations.list", ErrorStatus = status, ErrorRate = 1.0 });

        var (code, _) = await FirstErrorAsync();

        code.Should().Be(expected);
    }

    [Fact]
    public async Task Conversations_MalformedUpstreamJson_IsUpstreamBadResponse()
    {
        gateway.ResetSimulator();
        gateway.Simulator.State.Faults.Add(new FaultRule { Endpoint = "conversations.list", MalformedJson = true });

        var (code, _) = await FirstErrorAsync();

        code.Should().Be("UPSTREAM_BAD_RESPONSE");
    }

    [Fact]
    public async Task Conversations_UpstreamHangs_IsUpstreamTimeout()
    {
        gateway.ResetSimulator();
        gateway.Simulator.State.Faults.Add(new FaultRule { Endpoint = "conversations.list", Hang = true });

        var (code, _) = await FirstErrorAsync();

        code.Should().Be("UPSTREAM_TIMEOUT");
    }
}
