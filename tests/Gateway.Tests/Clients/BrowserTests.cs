using Gateway.Tests.Hosting;

namespace Gateway.Tests.Clients;

/// <summary>
/// The gateway through the clients people use: Banana Cake Pop and the urql example page in Debian's Chromium
/// (driven by playwright-core from tests/js/browser), and graphql-codegen over the live introspection.
/// </summary>
public sealed class BrowserTests(GatewayFixture gateway, WebExampleBuild build) : IClassFixture<GatewayFixture>, IClassFixture<WebExampleBuild>
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromMinutes(3);

    private static async Task<(int ExitCode, string Output)> RunBrowserScriptAsync(string script, string argument)
    {
        File.Exists(WebExampleBuild.ChromiumPath).Should().BeTrue(
            $"the browser tests drive {WebExampleBuild.ChromiumPath} (scripts/test.sh installs Debian's chromium package)");
        await ExternalProcess.EnsureNpmInstalledAsync(Path.Combine("tests", "js"), "playwright-core", CancellationToken.None);
        return await ExternalProcess.RunAsync(
            "node", [Path.Combine(ExternalProcess.RepositoryRoot, "tests", "js", "browser", script), argument],
            ExternalProcess.RepositoryRoot, null, BrowserTimeout, CancellationToken.None);
    }

    [Fact]
    public async Task Ide_ConversationsQueryRunInBrowser_ResponsePaneShowsConversationsWithoutLeavingLoopback()
    {
        gateway.ResetSimulator();

        var (exitCode, output) = await RunBrowserScriptAsync("ide.mjs", new Uri(gateway.GraphQLEndpoint, "/").AbsoluteUri);

        exitCode.Should().Be(0, $"the IDE script failed:\n{output}");
        output.Should().Contain("the response pane shows the first conversation id");
        File.Exists(Path.Combine(ExternalProcess.RepositoryRoot, "test-artifacts", "ide.png")).Should().BeTrue();
    }

    [Fact]
    public async Task WebExample_CodegenFromLiveIntrospection_GeneratesTypedDocumentAndTypeChecks()
    {
        var result = await build.BuildAsync(gateway.GraphQLEndpoint);

        result.ExitCode.Should().Be(0, $"npm run build in examples/web failed:\n{result.Output}");
        result.Output.Should().Contain(gateway.GraphQLEndpoint.AbsoluteUri, "codegen read the schema from the running gateway");
        var generated = await File.ReadAllTextAsync(Path.Combine(WebExampleBuild.Directory, "src", "gql", "graphql.ts"));
        generated.Should().Contain("export type ConversationListQuery = {")
            .And.Contain("export type ConversationListQueryVariables = Exact<{")
            .And.Contain("export const ConversationListDocument = ")
            .And.Contain("DocumentNode<ConversationListQuery, ConversationListQueryVariables>")
            .And.Contain("export type ConversationStatusFilter =")
            .And.Contain("| 'SNOOZED'");
        File.Exists(Path.Combine(WebExampleBuild.Directory, "dist", "main.js")).Should().BeTrue("the page was bundled after type-checking");
    }

    [Fact]
    public async Task WebExample_InBrowser_ListsConversationsWithSenderNamesAndFiltersAndPages()
    {
        gateway.ResetSimulator();
        var result = await build.BuildAsync(gateway.GraphQLEndpoint);
        result.ExitCode.Should().Be(0, $"npm run build in examples/web failed:\n{result.Output}");

        var (exitCode, output) = await RunBrowserScriptAsync("web.mjs", gateway.GraphQLEndpoint.AbsoluteUri);

        exitCode.Should().Be(0, $"the web example script failed:\n{output}");
        output.Should().Contain("every row shows its sender's name")
            .And.Contain("\"Next\" shows other conversations")
            .And.Contain("lists only conversations with that label");
    }
}
