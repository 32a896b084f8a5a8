using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Chatwoot.Simulator.Api;

/// <summary>Token authentication and account authorisation with Chatwoot's status codes and bodies.</summary>
internal static class AuthGate
{
    /// <summary>Returns the token's user, or writes the 401 and returns null.</summary>
    public static async Task<SimUser?> AuthenticateAsync(HttpContext context, DataSnapshot snapshot, bool allowBots)
    {
        var token = ReadToken(context.Request);
        if (string.IsNullOrEmpty(token))
        {
            await ApiResponses.SignInRequiredAsync(context);
            return null;
        }

        if (!snapshot.UsersByToken.TryGetValue(token, out var user))
        {
            await ApiResponses.ErrorAsync(context, StatusCodes.Status401Unauthorized, "Invalid Access Token");
            return null;
        }

        if (user.IsBot && !allowBots)
        {
            await ApiResponses.ErrorAsync(context, StatusCodes.Status401Unauthorized, "Access to this endpoint is not authorized for bots");
            return null;
        }

        return user;
    }

    /// <summary>Authenticates and checks the account, or writes the 401/404 and returns null.</summary>
    public static async Task<Caller?> AuthorizeAsync(HttpContext context, DataSnapshot snapshot, string? accountId, bool allowBots)
    {
        var user = await AuthenticateAsync(context, snapshot, allowBots);
        if (user is null)
        {
            return null;
        }

        if (!int.TryParse(accountId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !snapshot.Accounts.TryGetValue(id, out var account))
        {
            await ApiResponses.NotFoundAsync(context);
            return null;
        }

        if (account.Account.Status != "active")
        {
            await ApiResponses.ErrorAsync(context, StatusCodes.Status401Unauthorized, "Account is suspended");
            return null;
        }

        if (!account.Roles.TryGetValue(user.Id, out var role))
        {
            await ApiResponses.ErrorAsync(context, StatusCodes.Status401Unauthorized, "You are not authorized to access this account");
            return null;
        }

        return new Caller(user, account, role);
    }

    public static string? ReadToken(HttpRequest request)
    {
        if (request.Headers.TryGetValue("api_access_token", out var token) && token.Count > 0)
        {
            return token[0];
        }

        return request.Headers.TryGetValue("api-access-token", out token) && token.Count > 0 ? token[0] : null;
    }
}
