using Gateway.Cli;

namespace Gateway.Tests.Cli;

public sealed class SchemaExportCommandTests
{
    [Fact]
    public void PrintServedSchema_ComparedWithTheCommittedFile_IsIdentical()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "schema", "schema.graphql")).ReplaceLineEndings("\n");

        var served = SchemaExportCommand.PrintServedSchema().ReplaceLineEndings("\n");

        served.Should().Be(committed, "schema/schema.graphql must be what the server prints: run `dotnet run --project src/Gateway -- schema export --output schema/schema.graphql`");
    }

    [Fact]
    public async Task RunAsync_Output_WritesTheSchemaFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.graphql");
        try
        {
            var code = await SchemaExportCommand.RunAsync(["--output", file], TextWriter.Null, TextWriter.Null, CancellationToken.None);

            code.Should().Be(0);
            (await File.ReadAllTextAsync(file)).Should().Contain("type Query").And.Contain("conversations(");
        }
        finally
        {
            File.Delete(file);
        }
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Gateway.sln not found above the test folder.");
    }
}
