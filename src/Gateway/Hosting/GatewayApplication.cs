using Chatwoot.Simulator;
using Gateway.DataLoaders;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Http;
using Gateway.GraphQL.Persisted;
using Gateway.Ide;
using Gateway.Resolvers;
using Gateway.Upstream;
using Microsoft.AspNetCore.ResponseCompression;

namespace Gateway.Hosting;

/// <summary>
/// Composes the gateway: configuration, the Chatwoot client, the GraphQL server with the Chatwoot schema, the
/// IDE and health endpoints. Without <c>Chatwoot:BaseUrl</c> it starts the Chatwoot simulator in-process first
/// (the demo), so a newcomer sees real data at once.
/// </summary>
public static class GatewayApplication
{
    public const string GraphQLPath = "/graphql";

    /// <summary>Builds the gateway; <paramref name="configure"/> lets tests add configuration or services.</summary>
    public static async Task<GatewayHost> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        SimulatorServer? simulator = null;
        var demo = string.IsNullOrWhiteSpace(builder.Configuration[$"{ChatwootClientOptions.SectionName}:BaseUrl"]);
        if (demo)
        {
            simulator = await SimulatorServer.StartAsync(new SimulatorOptions(), ct);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{ChatwootClientOptions.SectionName}:BaseUrl"] = simulator.BaseAddress.AbsoluteUri,
                [$"{GatewayOptions.SectionName}:DefaultAccountId"] = builder.Configuration[$"{GatewayOptions.SectionName}:DefaultAccountId"] ?? SimulatorData.DemoAccountId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [$"{GatewayOptions.SectionName}:Ide:PrefilledToken"] = SimulatorData.DemoToken,
            });
        }

        ConfigureServices(builder, demo);
        builder.AddGatewayProtection();
        var app = builder.Build();
        ConfigurePipeline(app);
        return new GatewayHost(app, simulator);
    }

    private static void ConfigureServices(WebApplicationBuilder builder, bool demo)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<GatewayOptions>(configuration.GetSection(GatewayOptions.SectionName));
        services.Configure<IdeOptions>(configuration.GetSection($"{GatewayOptions.SectionName}:Ide"));
        services.PostConfigure<IdeOptions>(o => o.Enabled ??= demo || builder.Environment.IsDevelopment());
        services.Configure<GraphQLHttpOptions>(configuration.GetSection("GraphQL:Http"));
        services.AddHttpContextAccessor();
        services.AddScoped<ChatwootCaller>();
        services.AddScoped<CallerProfile>();
        services.AddScoped<EmbeddedContacts>();
        services.AddSingleton<LookupListCache>();
        services.AddChatwootClient(configuration.GetSection(ChatwootClientOptions.SectionName));
        services.AddHttpClient(ReadinessCheck.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "application/javascript", "text/javascript", "application/json", "image/svg+xml", "application/manifest+json"];
        });

        services.AddGraphQLServer()
            .AddChatwootSchema()
            .ModifyOptions(o =>
            {
                o.IncludeExceptionDetails = builder.Environment.IsDevelopment();
                GatewayCostWeights.Apply(o.Cost);
                configuration.GetSection("GraphQL").Bind(o);
            });
        services.AddPersistedOperations(configuration.GetSection(PersistedOperationsOptions.SectionName));
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        // First, so that everything after it (the IDE's page address, CORS, the rate limit) sees the client.
        if (GatewayProtection.ReadsForwardedHeaders(app.Services))
        {
            app.UseForwardedHeaders();
        }

        var ide = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdeOptions>>().Value;
        if (ide.Enabled == true)
        {
            var path = new PathString(GraphQLPath);
            app.UseWhen(
                context => BananaCakePopMiddleware.IsIdeRequest(context, path),
                branch => branch.UseResponseCompression().UseMiddleware<BananaCakePopMiddleware>(path));
        }

        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", ReadinessCheck.CheckAsync);
        app.UseCors();
        app.UseRateLimiter();
        app.MapGraphQL(GraphQLPath).RequireCors(GatewayProtection.CorsPolicy);
    }
}
