using Gateway.Cli;
using Gateway.GraphQL.Persisted;
using Gateway.GraphQL.Tests.Persisted;

namespace Gateway.Tests.Cli;

public sealed class DocumentsPublishCommandTests : IClassFixture<PostgresFixture>, IDisposable
{
    private const string Valid = "query Open { conversations(status: OPEN) { nodes { id } } }";
    private readonly PostgresFixture _postgres;
    private readonly string _directory = Directory.CreateTempSubdirectory("trusted-docs-").FullName;

    public DocumentsPublishCommandTests(PostgresFixture postgres)
    {
        _postgres = postgres;
    }

    [Fact]
    public async Task Run_ValidDocuments_StoresEachUnderTheHashOfItsText()
    {
        var table = _postgres.NewTableName();
        await File.WriteAllTextAsync(Path.Combine(_directory, "open.graphql"), Valid);
        Directory.CreateDirectory(Path.Combine(_directory, "nested"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "nested", "typename.graphql"), "{ __typename }");
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await DocumentsPublishCommand.RunAsync(
            ["--connection-string", _postgres.ConnectionString, "--table", table, _directory], output, error, CancellationToken.None);

        exitCode.Should().Be(0, error.ToString());
        output.ToString().Should().Contain(DocumentHashes.Sha256Hex(Valid));
        await using var store = new PostgresOperationDocumentStore(_postgres.ConnectionString, table);
        (await store.TryGetAsync(DocumentHashes.Sha256Hex(Valid), CancellationToken.None)).Should().Be(Valid);
        (await store.TryGetAsync(DocumentHashes.Sha256Hex("{ __typename }"), CancellationToken.None)).Should().Be("{ __typename }");
    }

    [Fact]
    public async Task Run_OneInvalidDocument_PublishesNothingAndExits1()
    {
        var table = _postgres.NewTableName();
        await File.WriteAllTextAsync(Path.Combine(_directory, "open.graphql"), Valid);
        await File.WriteAllTextAsync(Path.Combine(_directory, "bad.graphql"), "{ conversations { nodes { nope } } }");
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await DocumentsPublishCommand.RunAsync(
            ["--connection-string", _postgres.ConnectionString, "--table", table, _directory], output, error, CancellationToken.None);

        exitCode.Should().Be(1);
        error.ToString().Should().Contain("bad.graphql").And.Contain("nope").And.Contain("Nothing was published");
        await using var store = new PostgresOperationDocumentStore(_postgres.ConnectionString, table);
        (await store.TryGetAsync(DocumentHashes.Sha256Hex(Valid), CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task Run_NoTable_ExitsWithUsage()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await DocumentsPublishCommand.RunAsync(["--connection-string", _postgres.ConnectionString, _directory], output, error, CancellationToken.None);

        exitCode.Should().Be(2);
        error.ToString().Should().Contain("table name");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
