using System.Net;
using Chatwoot.Simulator.Admin;
using Chatwoot.Simulator.Api;
using Chatwoot.Simulator.Faults;
using Chatwoot.Simulator.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chatwoot.Simulator;

/// <summary>A running simulated Chatwoot on loopback. Dispose (or <see cref="StopAsync"/>) to stop it.</summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    private SimulatorServer(WebApplication app, SimulatorState state, Uri baseAddress)
    {
        _app = app;
        State = state;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the simulator listens, for example <c>http://127.0.0.1:49321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Data, request log, faults and switches, for in-process setup and assertions.</summary>
    public SimulatorState State { get; }

    /// <summary>Starts a simulator and returns once it accepts connections.</summary>
    public static async Task<SimulatorServer> StartAsync(SimulatorOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var state = new SimulatorState(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        if (string.IsNullOrEmpty(options.Urls))
        {
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        }
        else
        {
            builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        builder.Services.AddSingleton(state);
        var app = builder.Build();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseRouting();
        app.UseMiddleware<FaultMiddleware>();
        MapApi(app, state);
        AdminEndpoints.Map(app, state);

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(address.Replace("//[::]", "//127.0.0.1", StringComparison.Ordinal).Replace("//0.0.0.0", "//127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return new SimulatorServer(app, state, uri);
    }

    /// <summary>Stops listening; requests held by a hang fault are aborted after a short grace period.</summary>
    public async Task StopAsync(CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync(ct);
        }
    }

    /// <summary>Blocks until the host shuts down (Ctrl+C in the standalone process).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static void MapApi(IEndpointRouteBuilder app, SimulatorState state)
    {
        const string Account = "/api/v1/accounts/{accountId}";
        app.MapGet(Account + "/conversations", (HttpContext c, string accountId) => ConversationListHandler.HandleAsync(c, state, accountId))
            .WithName(SimulatorEndpoints.ConversationsList);
        app.MapPost(Account + "/conversations/filter", (HttpContext c, string accountId) => ConversationFilterHandler.HandleAsync(c, state, accountId))
            .WithName(SimulatorEndpoints.ConversationsFilter);
        app.MapGet(Account + "/contacts/{contactId}", (HttpContext c, string accountId, string contactId) => LookupHandlers.ContactAsync(c, state, accountId, contactId))
            .WithName(SimulatorEndpoints.ContactsGet);
        app.MapGet(Account + "/agents", (HttpContext c, string accountId) => LookupHandlers.AgentsAsync(c, state, accountId))
            .WithName(SimulatorEndpoints.AgentsList);
        app.MapGet(Account + "/teams", (HttpContext c, string accountId) => LookupHandlers.TeamsAsync(c, state, accountId))
            .WithName(SimulatorEndpoints.TeamsList);
        app.MapGet(Account + "/inboxes", (HttpContext c, string accountId) => LookupHandlers.InboxesAsync(c, state, accountId))
            .WithName(SimulatorEndpoints.InboxesList);
        app.MapGet("/api/v1/profile", (HttpContext c) => LookupHandlers.ProfileAsync(c, state))
            .WithName(SimulatorEndpoints.Profile);
    }
}
