using System.Net;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Api;

public sealed class AuthTests
{
    [Fact]
    public async Task Request_WithoutToken_Returns401WithErrorsArray()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.GetAsync("api/v1/accounts/1/conversations", token: null);

        status.Should().Be(HttpStatusCode.Unauthorized);
        body.GetProperty("errors")[0].GetString().Should().Be("You need to sign in or sign up before continuing.");
    }

    [Fact]
    public async Task Request_WithUnknownToken_Returns401InvalidAccessToken()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.GetAsync("api/v1/accounts/1/conversations", "nope");

        status.Should().Be(HttpStatusCode.Unauthorized);
        body.GetProperty("error").GetString().Should().Be("Invalid Access Token");
    }

    [Theory]
    [InlineData("api/v1/accounts/99/conversations")]
    [InlineData("api/v1/accounts/abc/agents")]
    public async Task Request_ForUnknownAccount_Returns404(string path)
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.GetAsync(path);

        status.Should().Be(HttpStatusCode.NotFound);
        body.GetProperty("error").GetString().Should().Be("Resource could not be found");
    }

    [Fact]
    public async Task Request_ForAccountTheUserIsNotIn_Returns401()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.GetAsync("api/v1/accounts/1/conversations", OutsiderToken);

        status.Should().Be(HttpStatusCode.Unauthorized);
        body.GetProperty("error").GetString().Should().Be("You are not authorized to access this account");
    }

    [Fact]
    public async Task Request_ForSuspendedAccount_Returns401Suspended()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.GetAsync("api/v1/accounts/3/teams");

        status.Should().Be(HttpStatusCode.Unauthorized);
        body.GetProperty("error").GetString().Should().Be("Account is suspended");
    }

    [Fact]
    public async Task BotToken_OnListAndFilter_Returns401ForBots()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (listStatus, listBody) = await sim.GetAsync("api/v1/accounts/1/conversations", BotToken);
        var (filterStatus, filterBody) = await sim.FilterRawAsync("""{"payload":[]}""", token: BotToken);
        var (teamsStatus, _) = await sim.GetAsync("api/v1/accounts/1/teams", BotToken);

        listStatus.Should().Be(HttpStatusCode.Unauthorized);
        listBody.GetProperty("error").GetString().Should().Be("Access to this endpoint is not authorized for bots");
        filterStatus.Should().Be(HttpStatusCode.Unauthorized);
        filterBody.GetProperty("error").GetString().Should().Be("Access to this endpoint is not authorized for bots");
        teamsStatus.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Request_WithDashedHeaderName_IsAccepted()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/accounts/1/conversations");
        request.Headers.Add("api-access-token", AdminToken);

        using var response = await sim.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
