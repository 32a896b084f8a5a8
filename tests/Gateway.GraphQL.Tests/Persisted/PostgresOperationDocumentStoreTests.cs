using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Persisted;
using Gateway.GraphQL.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Tests.Persisted;

/// <summary>The PostgreSQL document store against a real server on loopback.</summary>
public sealed class PostgresOperationDocumentStoreTests : IClassFixture<PostgresFixture>
{
    private readonly PostgresFixture _postgres;

    public PostgresOperationDocumentStoreTests(PostgresFixture postgres)
    {
        _postgres = postgres;
    }

    [Fact]
    public async Task SaveAsync_OnOneReplica_IsReadByAnother()
    {
        var table = _postgres.NewTableName();
        await using var first = new PostgresOperationDocumentStore(_postgres.ConnectionString, table);
        await using var second = new PostgresOperationDocumentStore(_postgres.ConnectionString, table);
        var hash = DocumentHashes.Sha256Hex("{ a }");

        var before = await second.TryGetAsync(hash, CancellationToken.None);
        await first.SaveAsync(hash, "{ a }", CancellationToken.None);
        await first.SaveAsync(hash, "{ a }", CancellationToken.None);
        var after = await second.TryGetAsync(hash, CancellationToken.None);

        before.Should().BeNull();
        after.Should().Be("{ a }");
    }

    [Fact]
    public void Constructor_TableNameThatIsNotAnIdentifier_IsRejected()
    {
        var create = () => new PostgresOperationDocumentStore(_postgres.ConnectionString, "x; DROP TABLE y");

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task AutomaticPersistedQuery_RegisteredThroughOneGateway_RunsByHashOnAnother()
    {
        var table = _postgres.NewTableName();
        await using var first = await StartAsync(table);
        await using var second = await StartAsync(table);
        const string Query = "{ hello }";
        var hash = DocumentHashes.Sha256Hex(Query);

        var miss = await second.PostAsync(ApqBody.Post(hash));
        await first.PostAsync(ApqBody.Post(hash, Query));
        var hit = await second.PostAsync(ApqBody.Post(hash));

        miss.FirstErrorCode.Should().Be(ErrorCodes.PersistedQueryNotFound);
        hit.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
    }

    private Task<GraphQLTestHost> StartAsync(string table) => GraphQLTestHost.StartAsync(services =>
    {
        EngineTestSchema.AddServer(services);
        services.AddPersistedOperations();
        services.Configure<PersistedOperationsOptions>(o =>
        {
            o.ConnectionString = _postgres.ConnectionString;
            o.TableName = table;
        });
    });
}
