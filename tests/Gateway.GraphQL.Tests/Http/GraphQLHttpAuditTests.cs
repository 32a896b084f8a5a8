using System.Text;
using System.Text.Json;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>
/// The GraphQL-over-HTTP audit suite of the npm package graphql-http (all 61 MUST, SHOULD and MAY audits), run with
/// node against the endpoint on loopback.
/// </summary>
public sealed class GraphQLHttpAuditTests
{
    private const int ExpectedAudits = 61;

    [Fact]
    public async Task AuditServer_EndpointOverFakeExecutor_PassesEveryAudit()
    {
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor());

        await AssertAllAuditsPassAsync(host.GraphQLUri);
    }

    [Fact]
    public async Task AuditServer_EndpointOverTheEngine_PassesEveryAudit()
    {
        await using var host = await EngineTestSchema.StartAsync();

        await AssertAllAuditsPassAsync(host.GraphQLUri);
    }

    internal static async Task AssertAllAuditsPassAsync(Uri url)
    {
        var (exitCode, stdOut, stdErr) = await NodeScript.RunAsync("audit.mjs", [url.ToString()], TimeSpan.FromMinutes(3));
        exitCode.Should().BeOneOf([0, 1], $"the audit script must run (stderr: {stdErr})");

        using var report = JsonDocument.Parse(stdOut);
        var root = report.RootElement;
        var failures = new StringBuilder();
        foreach (var result in root.GetProperty("results").EnumerateArray())
        {
            if (result.GetProperty("status").GetString() != "ok")
            {
                failures.AppendLine($"{result.GetProperty("id").GetString()} {result.GetProperty("name").GetString()}: {result.GetProperty("reason").GetString()} -> {result.GetProperty("response")}");
            }
        }

        failures.ToString().Should().BeEmpty();
        root.GetProperty("total").GetInt32().Should().Be(ExpectedAudits);
        root.GetProperty("passed").GetInt32().Should().Be(ExpectedAudits);
    }
}
