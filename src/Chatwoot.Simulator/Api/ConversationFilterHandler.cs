using System.Text.Json;
using Chatwoot.Simulator.Filtering;
using Microsoft.AspNetCore.Http;

namespace Chatwoot.Simulator.Api;

/// <summary>POST /api/v1/accounts/{id}/conversations/filter, following Chatwoot's Conversations::FilterService.</summary>
internal static class ConversationFilterHandler
{
    public static async Task HandleAsync(HttpContext context, SimulatorState state, string accountId)
    {
        var snapshot = state.Snapshot;
        var caller = await AuthGate.AuthorizeAsync(context, snapshot, accountId, allowBots: false);
        if (caller is null)
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException)
        {
            await ApiResponses.WriteJsonAsync(context, StatusCodes.Status400BadRequest, 0, static (w, _) =>
            {
                w.WriteStartObject();
                w.WriteNumber("status", 400);
                w.WriteString("error", "Bad Request");
                w.WriteEndObject();
            });
            return;
        }

        using (document)
        {
            var today = DateOnly.FromDateTime(state.TimeProvider.GetUtcNow().UtcDateTime);
            if (!FilterCompiler.TryCompile(document.RootElement, caller.Account, today, out var predicate, out var error))
            {
                await (error!.Status == StatusCodes.Status422UnprocessableEntity
                    ? ApiResponses.ErrorAsync(context, error.Status, error.Message!)
                    : ApiResponses.InternalServerErrorAsync(context));
                return;
            }

            var pageText = context.Request.Query["page"].ToString();
            if (string.IsNullOrEmpty(pageText) && document.RootElement.TryGetProperty("page", out var bodyPage))
            {
                pageText = FilterValues.JsonText(bodyPage);
            }

            var matched = caller.Account.ByLastActivityDesc.Where(c => caller.CanSee(c) && predicate(c)).ToList();
            var counts = Counts.Of(matched, caller.User.Id);
            var rows = Paging.Slice(matched, Paging.ParsePage(pageText), state.PageShift).ToList();
            var result = (Counts: counts, Rows: rows, Caller: caller, Snapshot: snapshot, Shape: state.FilterResponseShape);
            await ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, result, static (w, r) =>
            {
                w.WriteStartObject();
                if (r.Shape == FilterResponseShape.SeedWrapped)
                {
                    w.WriteStartObject("data");
                    w.WriteStartObject("meta");
                    w.WriteNumber("mine_count", r.Counts.Mine);
                    w.WriteNumber("unassigned_count", r.Counts.Unassigned);
                    w.WriteNumber("assigned_count", r.Counts.Assigned);
                    w.WriteNumber("all_count", r.Counts.All);
                    w.WriteEndObject();
                    ConversationListHandler.WritePayload(w, r.Rows, r.Caller, r.Snapshot);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteStartObject("meta");
                    w.WriteNumber("mine_count", r.Counts.Mine);
                    w.WriteNumber("unassigned_count", r.Counts.Unassigned);
                    w.WriteNumber("all_count", r.Counts.All);
                    w.WriteEndObject();
                    ConversationListHandler.WritePayload(w, r.Rows, r.Caller, r.Snapshot);
                }

                w.WriteEndObject();
            });
        }
    }
}
