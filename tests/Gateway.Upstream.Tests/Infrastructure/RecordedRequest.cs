namespace Gateway.Upstream.Tests.Infrastructure;

/// <summary>What the stub handler saw of one request.</summary>
public sealed record RecordedRequest(string Method, Uri Uri, string? Token, string? ContentType, string? Body)
{
    public string PathAndQuery => Uri.PathAndQuery;
}
