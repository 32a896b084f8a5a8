using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>Browser front ends on another origin: the endpoint's conventions carry CORS, including preflight.</summary>
public sealed class GraphQLHttpEndpointCorsTests
{
    [Fact]
    public async Task RequireCors_PreflightAndPost_AreAllowedForTheOrigin()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Gateway.GraphQL.Execution.IRequestExecutor>(new FakeRequestExecutor());
        builder.Services.AddCors(o => o.AddPolicy("web", p => p.WithOrigins("http://app.example").AllowAnyHeader().WithMethods("GET", "POST")));
        await using var app = builder.Build();
        app.UseCors();
        app.MapGraphQL().RequireCors("web");
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        using var client = new HttpClient { BaseAddress = address };

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "http://app.example");
        preflight.Headers.Add(CorsConstants.AccessControlRequestMethod, "POST");
        preflight.Headers.Add(CorsConstants.AccessControlRequestHeaders, "content-type");
        using var preflightResponse = await client.SendAsync(preflight);

        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""") };
        post.Content.Headers.ContentType = new("application/json");
        post.Headers.Add("Origin", "http://app.example");
        using var postResponse = await client.SendAsync(post);

        ((int)preflightResponse.StatusCode).Should().BeInRange(200, 204);
        preflightResponse.Headers.GetValues(CorsConstants.AccessControlAllowOrigin).Should().Equal("http://app.example");
        postResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        postResponse.Headers.GetValues(CorsConstants.AccessControlAllowOrigin).Should().Equal("http://app.example");
        await app.StopAsync();
    }
}
