using System.Text.Json;
using Chatwoot.Simulator.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chatwoot.Simulator.Admin;

/// <summary>The unauthenticated admin API under <c>/__admin</c>, answered on loopback connections only.</summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorState state)
    {
        var admin = app.MapGroup("/__admin").AddEndpointFilter(async (context, next) =>
        {
            var remote = context.HttpContext.Connection.RemoteIpAddress;
            return remote is null || System.Net.IPAddress.IsLoopback(remote) ? await next(context) : Results.NotFound();
        });

        admin.MapPost("/reset", () =>
        {
            state.Reset();
            return Results.NoContent();
        }).WithName("admin.reset");

        admin.MapPost("/data", async (HttpRequest request, CancellationToken ct) =>
        {
            SimulatorData? data;
            try
            {
                data = await JsonSerializer.DeserializeAsync(request.Body, SimulatorJsonContext.Default.SimulatorData, ct);
            }
            catch (JsonException exception)
            {
                return Results.BadRequest(exception.Message);
            }

            if (data is null)
            {
                return Results.BadRequest("The data set is null.");
            }

            state.LoadData(data);
            return Results.NoContent();
        }).WithName("admin.data.load");

        admin.MapGet("/data", () => Results.Text(state.Data.ToJson(), "application/json")).WithName("admin.data.get");

        admin.MapGet("/requests", () => Results.Json(state.RequestLog.Snapshot().ToList(), SimulatorJsonContext.Default.ListRecordedRequest))
            .WithName("admin.requests.get");
        admin.MapDelete("/requests", () =>
        {
            state.RequestLog.Clear();
            return Results.NoContent();
        }).WithName("admin.requests.clear");

        admin.MapPost("/faults", async (HttpRequest request, CancellationToken ct) =>
        {
            List<FaultRule> rules;
            try
            {
                using var document = await JsonDocument.ParseAsync(request.Body, default, ct);
                rules = document.RootElement.ValueKind == JsonValueKind.Array
                    ? document.RootElement.Deserialize(SimulatorJsonContext.Default.ListFaultRule) ?? []
                    : [document.RootElement.Deserialize(SimulatorJsonContext.Default.FaultRule)!];
            }
            catch (JsonException exception)
            {
                return Results.BadRequest(exception.Message);
            }

            foreach (var rule in rules)
            {
                state.Faults.Add(rule);
            }

            return Results.Json(state.Faults.Rules.ToList(), SimulatorJsonContext.Default.ListFaultRule, statusCode: StatusCodes.Status201Created);
        }).WithName("admin.faults.add");
        admin.MapGet("/faults", () => Results.Json(state.Faults.Rules.ToList(), SimulatorJsonContext.Default.ListFaultRule))
            .WithName("admin.faults.get");
        admin.MapDelete("/faults", () =>
        {
            state.Faults.Clear();
            return Results.NoContent();
        }).WithName("admin.faults.clear");

        // POST /__admin/rate-limit?per_minute=N turns the production-style throttle on; DELETE turns it off.
        admin.MapPost("/rate-limit", (int per_minute) =>
        {
            state.RateLimiter.RequestsPerMinute = per_minute;
            return Results.NoContent();
        }).WithName("admin.rate-limit.set");
        admin.MapDelete("/rate-limit", () =>
        {
            state.RateLimiter.RequestsPerMinute = null;
            return Results.NoContent();
        }).WithName("admin.rate-limit.clear");

        // POST /__admin/page-shift?rows=N repeats N rows of the previous page at the top of each later page.
        admin.MapPost("/page-shift", (int rows) =>
        {
            state.PageShift = rows;
            return Results.NoContent();
        }).WithName("admin.page-shift");

        // POST /__admin/filter-shape?value=seed|real switches the filter endpoint's response shape.
        admin.MapPost("/filter-shape", (string value) =>
        {
            if (value is "seed" or "SeedWrapped")
            {
                state.FilterResponseShape = FilterResponseShape.SeedWrapped;
            }
            else if (value is "real" or "Real")
            {
                state.FilterResponseShape = FilterResponseShape.Real;
            }
            else
            {
                return Results.BadRequest("value must be seed or real");
            }

            return Results.NoContent();
        }).WithName("admin.filter-shape");
    }
}
