namespace Gateway.Tests.Clients;

/// <summary>Banana Cake Pop, served by the gateway in demo mode, used in Debian's Chromium as a person would.</summary>
public sealed class IdeBrowserTests(DemoGatewayFixture gateway) : IClassFixture<DemoGatewayFixture>
{
    [Fact]
    public async Task Ide_ConversationsQueryRunInBrowser_ResponsePaneShowsConversationsWithoutLeavingLoopback()
    {
        var (exitCode, output) = await BrowserScript.RunAsync("ide.mjs", gateway.BaseAddress.AbsoluteUri);

        exitCode.Should().Be(0, $"the IDE script failed:\n{output}");
        output.Should().Contain("the IDE loaded the schema by introspection")
            .And.Contain("the response pane shows the first conversation id")
            .And.Contain("no request left 127.0.0.1");
        File.Exists(Path.Combine(ExternalProcess.RepositoryRoot, "test-artifacts", "ide.png")).Should().BeTrue();
    }
}
