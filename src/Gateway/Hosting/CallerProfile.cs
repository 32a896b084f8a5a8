using Gateway.Errors;
using Gateway.Upstream;

namespace Gateway.Hosting;

/// <summary>The caller's Chatwoot profile (user id and accounts), fetched at most once per request.</summary>
internal sealed class CallerProfile(IChatwootClient client, ChatwootCaller caller)
{
    private Task<Profile>? _profile;

    public Task<Profile> GetAsync(CancellationToken ct) => _profile ??= LoadAsync(ct);

    private async Task<Profile> LoadAsync(CancellationToken ct)
    {
        var result = await client.GetProfileAsync(caller.Token, ct);
        return result.TryGetValue(out var profile, out var error) ? profile : throw UpstreamErrors.ToException(error);
    }
}
