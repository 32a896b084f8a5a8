namespace Gateway.Tests.Clients;

/// <summary>Banana Cake Pop, served by the gateway in demo mode, used in Debian's Chromium as a person would.</summary>
public sealed class IdeBrowserTests(DemoGatewayFixture gateway) : IClassFixture<DemoGatewayFixture>
{
    [Fact]
    public async Task Ide_ConversationsQueryRunInBrowser_ResponsePaneShowsConversationsWithoutLeavingLoopback()
    {
        var (exitCode, output) = await BrowserScript.RunAsync("ide.mjs", gateway.BaseAddress.AbsoluteUri);
        if (exitCode != 0)
        {
            // The IDE is a large single-page app; on a loaded 2-core machine its editor can miss a first attempt.
            // One fresh browser run more; both outputs are reported if that fails too.
            var first = output;
            (exitCode, output) = await BrowserScript.RunAsync("ide.mjs", gateway.BaseAddress.AbsoluteUri);
            output = $"first run:\n{first}\nsecond run:\n{output}";
        }

        exitCode.Should().Be(0, $"the IDE script failed:\n{output}");
        output.Should().Contain("the IDE loaded the schema by introspection")
            .And.Contain("the response pane shows the first conversation id")
            .And.Contain("no request left 127.0.0.1");
        File.Exists(Path.Combine(ExternalProcess.RepositoryRoot, "test-artifacts", "ide.png")).Should().BeTrue();
    }
}
