using Gateway.Tests.Hosting;

namespace Gateway.Tests.Clients;

/// <summary>
/// examples/web, the urql page, built with graphql-codegen over the running gateway's introspection and used in
/// Debian's Chromium (driven by playwright-core from tests/js/browser) as a person would.
/// </summary>
public sealed class WebExampleTests(GatewayFixture gateway, WebExampleBuild build) : IClassFixture<GatewayFixture>, IClassFixture<WebExampleBuild>
{
    [Fact]
    public async Task WebExample_CodegenFromLiveIntrospection_GeneratesTypedDocumentAndTypeChecks()
    {
        var result = await build.BuildAsync(gateway.GraphQLEndpoint);

        result.ExitCode.Should().Be(0, $"npm run build in examples/web failed:\n{result.Output}");
        result.Output.Should().Contain($"schema from {gateway.GraphQLEndpoint.AbsoluteUri}", "codegen read the schema from the running gateway");
        var generated = await File.ReadAllTextAsync(Path.Combine(WebExampleBuild.Directory, "src", "gql", "graphql.ts"));
        generated.Should().Contain("export type ConversationListQuery = {")
            .And.Contain("export type ConversationListQueryVariables = Exact<{")
            .And.Contain("export const ConversationListDocument = ")
            .And.Contain("DocumentNode<ConversationListQuery, ConversationListQueryVariables>")
            .And.Contain("export type ConversationStatusFilter =")
            .And.Contain("| 'SNOOZED'")
            .And.Contain("sender: { id: number, name: string | null } | null", "the introspected nullability reaches the types")
            .And.Contain("assignee: { id: number, name: string } | null");
        File.Exists(Path.Combine(WebExampleBuild.Directory, "dist", "main.js")).Should().BeTrue("the page was bundled after type-checking");
    }

    [Fact]
    public async Task WebExample_InBrowser_ListsConversationsWithSenderNamesAndFiltersAndPages()
    {
        gateway.ResetSimulator();
        var result = await build.BuildAsync(gateway.GraphQLEndpoint);
        result.ExitCode.Should().Be(0, $"npm run build in examples/web failed:\n{result.Output}");

        var (exitCode, output) = await BrowserScript.RunAsync("web.mjs", gateway.GraphQLEndpoint.AbsoluteUri);

        exitCode.Should().Be(0, $"the web example script failed:\n{output}");
        output.Should().Contain("every row shows its sender's name")
            .And.Contain("choosing \"Resolved\" lists only resolved conversations")
            .And.Contain("\"Next\" shows other conversations")
            .And.Contain("lists only conversations with that label");
    }
}
