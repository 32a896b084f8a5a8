using System.Text.Json;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>
/// graphql-js 16 as a client: the full introspection query (every option on) over HTTP, <c>buildClientSchema</c>,
/// <c>printSchema</c>; the result must equal the server's <c>?sdl</c> and graphql-js's own printing of the source SDL.
/// </summary>
public sealed class IntrospectionRoundTripTests
{
    [Fact]
    public async Task FullIntrospection_BuildClientSchema_PrintsTheServedAndTheSourceSchema()
    {
        await using var host = await GraphQLTestHost.StartAsync(IntrospectionTestSchema.AddServer);
        var sourcePath = Path.Combine(Path.GetTempPath(), $"introspection-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(sourcePath, IntrospectionTestSchema.Sdl);
        try
        {
            var (exitCode, stdOut, stdErr) = await NodeScript.RunAsync("introspection.mjs", [host.GraphQLUri.ToString(), sourcePath], TimeSpan.FromMinutes(2));
            exitCode.Should().Be(0, stdErr);
            using var output = JsonDocument.Parse(stdOut);
            var introspected = Normalize(output.RootElement.GetProperty("introspected").GetString());
            var source = Normalize(output.RootElement.GetProperty("source").GetString());
            var served = Normalize((await host.GetAsync("/graphql?sdl")).Body);

            introspected.Should().Be(source, "the introspected schema must print like graphql-js prints the source SDL");
            served.Should().Be(source, "GET ?sdl must print like graphql-js prints the source SDL");
        }
        finally
        {
            File.Delete(sourcePath);
        }
    }

    [Fact]
    public async Task FullIntrospection_SmallSchema_RoundTripsToTheServedSdl()
    {
        await using var host = await EngineTestSchema.StartAsync();

        var (exitCode, stdOut, stdErr) = await NodeScript.RunAsync("introspection.mjs", [host.GraphQLUri.ToString()], TimeSpan.FromMinutes(2));

        exitCode.Should().Be(0, stdErr);
        using var output = JsonDocument.Parse(stdOut);
        Normalize(output.RootElement.GetProperty("introspected").GetString())
            .Should().Be(Normalize((await host.GetAsync("/graphql?sdl")).Body));
    }

    private static string Normalize(string? sdl) => (sdl ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
