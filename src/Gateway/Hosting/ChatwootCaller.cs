using Gateway.Upstream;

namespace Gateway.Hosting;

/// <summary>
/// The caller of the current request as Chatwoot sees it: the access token from the <c>api_access_token</c> (or
/// <c>api-access-token</c>) header or an <c>Authorization: Bearer</c> header. Request-scoped; the token is never logged.
/// </summary>
internal sealed class ChatwootCaller(IHttpContextAccessor accessor)
{
    private string? _token;
    private bool _read;

    /// <summary>The caller's token, or null when the request carries none.</summary>
    public string? Token
    {
        get
        {
            if (!_read)
            {
                _token = Read(accessor.HttpContext?.Request.Headers);
                _read = true;
            }

            return _token;
        }
    }

    public ChatwootCallContext For(int accountId) => new(accountId, Token);

    private static string? Read(IHeaderDictionary? headers)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var name in (string[])["api_access_token", "api-access-token"])
        {
            var value = headers[name].ToString().Trim();
            if (value.Length > 0)
            {
                return value;
            }
        }

        var authorization = headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > Bearer.Length
            ? authorization[Bearer.Length..].Trim()
            : null;
    }
}
