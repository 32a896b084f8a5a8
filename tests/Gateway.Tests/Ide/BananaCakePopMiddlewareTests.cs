using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.Tests.Hosting;

namespace Gateway.Tests.Ide;

/// <summary>The IDE answers a browser GET while GraphQL GET and POST requests on the same path keep working.</summary>
public sealed class BananaCakePopMiddlewareTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await gateway.Client.SendAsync(request);
    }

    [Fact]
    public async Task Get_BrowserOnGraphQLPath_RedirectsToTheIdePage()
    {
        using var response = await GetAsync("/graphql", "text/html,application/xhtml+xml,*/*;q=0.8");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/graphql/");
    }

    [Fact]
    public async Task Get_IdePage_ServesBananaCakePopFromLocalFilesCompressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await gateway.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Content.Headers.ContentEncoding.Should().Contain("gzip");
    }

    [Fact]
    public async Task Get_BcpConfig_DisablesTelemetryAndUsesThePageUrlAsEndpoint()
    {
        using var response = await GetAsync("/graphql/bcp-config.json", "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        config.GetProperty("disableTelemetry").GetBoolean().Should().BeTrue();
        config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean().Should().BeTrue();
        config.GetProperty("graphQLDocument").GetString().Should().Contain("conversations");
    }

    [Fact]
    public async Task Get_GraphQLQueryFromABrowser_StillAnswersJson()
    {
        using var response = await GetAsync("/graphql?query=%7B__typename%7D", "text/html,application/json;q=0.9,*/*;q=0.8");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("data").GetProperty("__typename").GetString().Should().Be("Query");
    }

    [Fact]
    public async Task Get_PathOutsideTheIdeFolder_IsNotServed()
    {
        using var response = await GetAsync("/graphql/..%2F..%2Fappsettings.json", "text/html");

        response.StatusCode.Should().NotBe(HttpStatusCode.OK);
    }
}
