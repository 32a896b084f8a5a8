using System.Net;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Persisted;
using Gateway.GraphQL.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Tests.Persisted;

/// <summary>Automatic persisted queries as Apollo clients send them, against a real host.</summary>
public sealed class PersistedQueryTests
{
    private const string Query = "{ hello }";
    private static readonly string Hash = DocumentHashes.Sha256Hex(Query);

    [Fact]
    public async Task Post_UnknownHashWithoutText_AnswersPersistedQueryNotFound()
    {
        await using var host = await StartAsync();

        var answer = await host.PostAsync(ApqBody.Post(Hash));

        answer.FirstErrorCode.Should().Be(ErrorCodes.PersistedQueryNotFound);
        answer.Json.GetProperty("errors")[0].GetProperty("message").GetString().Should().Be("PersistedQueryNotFound");
    }

    [Fact]
    public async Task Post_TextWithItsHash_RegistersItForHashOnlyGetAndPost()
    {
        await using var host = await StartAsync();

        var register = await host.PostAsync(ApqBody.Post(Hash, Query));
        var post = await host.PostAsync(ApqBody.Post(Hash));
        var extensions = ApqBody.GetExtensions(Hash);
        var get = await host.GetAsync($"/graphql?extensions={extensions}");

        register.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        post.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        get.Status.Should().Be(HttpStatusCode.OK);
        get.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
    }

    [Fact]
    public async Task Post_TextThatDoesNotMatchItsHash_IsRefusedAndNotRegistered()
    {
        await using var host = await StartAsync();
        var otherHash = DocumentHashes.Sha256Hex("{ greetings { id } }");

        var refused = await host.PostAsync(ApqBody.Post(otherHash, Query), "application/graphql-response+json");
        var lookup = await host.PostAsync(ApqBody.Post(otherHash));

        refused.Status.Should().Be(HttpStatusCode.BadRequest);
        refused.FirstErrorCode.Should().Be(ErrorCodes.PersistedQueryHashMismatch);
        lookup.FirstErrorCode.Should().Be(ErrorCodes.PersistedQueryNotFound);
    }

    [Fact]
    public async Task TrustedDocuments_OnlyTheDirectorysDocumentsRun()
    {
        var directory = Directory.CreateTempSubdirectory("trusted-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "hello.graphql"), Query);
            await using var host = await StartAsync(o => o.TrustedDocumentsDirectory = directory.FullName);

            var byText = await host.PostAsync("""{"query":"{ hello }"}""");
            var byHash = await host.PostAsync(ApqBody.Post(Hash));
            var other = await host.PostAsync("""{"query":"{ greetings { id } }"}""", "application/graphql-response+json");
            var otherWithHash = await host.PostAsync(
                ApqBody.Post(DocumentHashes.Sha256Hex("{ greetings { id } }"), "{ greetings { id } }"));

            byText.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
            byHash.Body.Should().Be("""{"data":{"hello":"Hello, world!"}}""");
            other.Status.Should().Be(HttpStatusCode.BadRequest);
            other.FirstErrorCode.Should().Be(ErrorCodes.OperationNotTrusted);
            otherWithHash.FirstErrorCode.Should().Be(ErrorCodes.OperationNotTrusted);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static Task<GraphQLTestHost> StartAsync(Action<PersistedOperationsOptions>? configure = null) =>
        GraphQLTestHost.StartAsync(services =>
        {
            EngineTestSchema.AddServer(services);
            services.AddPersistedOperations();
            if (configure is not null)
            {
                services.Configure(configure);
            }
        });
}
