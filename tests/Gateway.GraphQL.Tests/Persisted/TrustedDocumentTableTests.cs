using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Persisted;
using Gateway.GraphQL.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Tests.Persisted;

/// <summary>Trusted documents kept in a PostgreSQL table (<c>TrustedDocumentsTableName</c>), against a real server.</summary>
public sealed class TrustedDocumentTableTests : IClassFixture<PostgresFixture>
{
    private const string Trusted = "{ hello }";
    private const string Other = "{ __typename }";
    private readonly PostgresFixture _postgres;

    public TrustedDocumentTableTests(PostgresFixture postgres)
    {
        _postgres = postgres;
    }

    [Fact]
    public async Task Post_PublishedDocument_RunsByHashAndByTextOnEveryReplica()
    {
        var table = await PublishAsync(Trusted);
        await using var first = await StartAsync(table);
        await using var second = await StartAsync(table);

        var byHash = await first.PostAsync(ApqBody.Post(DocumentHashes.Sha256Hex(Trusted)));
        var byText = await second.PostAsync(System.Text.Json.JsonSerializer.Serialize(new { query = Trusted }));

        byHash.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        byText.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
    }

    [Fact]
    public async Task Post_DocumentNotPublished_IsRefusedAndNeverRegistered()
    {
        var table = await PublishAsync(Trusted);
        await using var host = await StartAsync(table);
        var hash = DocumentHashes.Sha256Hex(Other);

        var byText = await host.PostAsync(System.Text.Json.JsonSerializer.Serialize(new { query = Other }));
        var register = await host.PostAsync(ApqBody.Post(hash, Other));
        var byHashAfter = await host.PostAsync(ApqBody.Post(hash));

        byText.FirstErrorCode.Should().Be(ErrorCodes.OperationNotTrusted);
        register.FirstErrorCode.Should().Be(ErrorCodes.OperationNotTrusted);
        byHashAfter.FirstErrorCode.Should().Be(ErrorCodes.OperationNotTrusted);
        await using var store = new PostgresOperationDocumentStore(_postgres.ConnectionString, table);
        (await store.TryGetAsync(hash, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public void TrustedStoreFor_TableWithoutConnectionString_StopsTheStart()
    {
        var create = () => PersistedOperationResolver.TrustedStoreFor(new PersistedOperationsOptions { TrustedDocumentsTableName = "trusted" });

        create.Should().Throw<InvalidOperationException>().WithMessage("*TrustedDocumentsTableName*ConnectionString*");
    }

    [Fact]
    public void TrustedStoreFor_TableAndDirectory_StopsTheStart()
    {
        var create = () => PersistedOperationResolver.TrustedStoreFor(new PersistedOperationsOptions
        {
            TrustedDocumentsTableName = "trusted",
            TrustedDocumentsDirectory = "/tmp",
            ConnectionString = _postgres.ConnectionString,
        });

        create.Should().Throw<InvalidOperationException>().WithMessage("*not both*");
    }

    private async Task<string> PublishAsync(string document)
    {
        var table = _postgres.NewTableName();
        await using var store = new PostgresOperationDocumentStore(_postgres.ConnectionString, table);
        await store.SaveAsync(DocumentHashes.Sha256Hex(document), document, CancellationToken.None);
        return table;
    }

    private Task<GraphQLTestHost> StartAsync(string table) => GraphQLTestHost.StartAsync(services =>
    {
        EngineTestSchema.AddServer(services);
        services.AddPersistedOperations();
        services.Configure<PersistedOperationsOptions>(o =>
        {
            o.ConnectionString = _postgres.ConnectionString;
            o.TrustedDocumentsTableName = table;
        });
    });
}
