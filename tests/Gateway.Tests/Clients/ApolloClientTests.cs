using System.Text.Json;
using Chatwoot.Simulator;
using Gateway.Tests.Hosting;

namespace Gateway.Tests.Clients;

/// <summary>The README's Apollo Client set-up (tests/js/apollo-client.mjs) against the real gateway and simulator.</summary>
public sealed class ApolloClientTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task ApolloClient_ReadmeSetup_QueriesAndNormalisesConversationsByUuid()
    {
        gateway.ResetSimulator();
        await ExternalProcess.EnsureNpmInstalledAsync(Path.Combine("tests", "js"), "@apollo/client", CancellationToken.None);

        var (exitCode, output) = await ExternalProcess.RunAsync(
            "node",
            [Path.Combine(ExternalProcess.RepositoryRoot, "tests", "js", "apollo-client.mjs"), gateway.GraphQLEndpoint.AbsoluteUri, SimulatorData.DemoToken],
            ExternalProcess.RepositoryRoot,
            null,
            TimeSpan.FromMinutes(1),
            CancellationToken.None);

        exitCode.Should().Be(0, output);
        using var report = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = report.RootElement;
        root.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null, output);
        root.GetProperty("rows").GetInt32().Should().Be(25);
        root.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()).Should().Equal("OPEN");
        root.GetProperty("withInboxName").GetInt32().Should().Be(25);
        root.GetProperty("cachedConversations").GetInt32().Should().Be(25, "the type policy keys conversations by uuid");
        root.GetProperty("firstCacheKey").GetString().Should().StartWith("Conversation:{\"uuid\":");
        root.GetProperty("readBackRows").GetInt32().Should().Be(25, "the same query is answered from the normalised cache");
    }
}
