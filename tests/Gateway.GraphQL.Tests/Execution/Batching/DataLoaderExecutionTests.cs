using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Tests.Execution.Batching;

public sealed class DataLoaderExecutionTests
{
    private readonly BatchLog _log = new();

    private IRequestExecutor Create() => TestExecutor.Create(
        BlogData.Sdl,
        b => b
            .ModifyOptions(o => o.Cost.EnforceCostLimits = false) // batching is tested here, the cost gate under Cost/
            .AddDataLoader<AuthorLoader>()
            .AddDataLoader<CommentsByPostLoader>()
            .AddDataLoader<PostLoader>()
            .AddResolver("Query", "posts", _ => BlogData.Posts)
            .AddResolver("Mutation", "publish", c => c.ArgumentValue<string[]>("titles").Select((t, i) => new BlogData.Post("n" + i, t, "a" + (i + 1))).ToList())
            .AddResolver("Post", "author", async c => await c.DataLoader<AuthorLoader>().LoadAsync(c.Parent<BlogData.Post>().AuthorId, c.RequestAborted))
            .AddResolver("Post", "comments", async c => await c.DataLoader<CommentsByPostLoader>().LoadAsync(c.Parent<BlogData.Post>().Id, c.RequestAborted))
            .AddResolver("Comment", "author", async c => await c.DataLoader<AuthorLoader>().LoadAsync(c.Parent<BlogData.Comment>().AuthorId, c.RequestAborted))
            .AddResolver("Comment", "post", async c => await c.DataLoader<PostLoader>().LoadAsync(c.Parent<BlogData.Comment>().PostId, c.RequestAborted))
            .AddResolver("Author", "bestFriend", async c =>
            {
                // A nested loader: the friend is loaded through the same loader from inside a resolver chain.
                var self = await c.DataLoader<AuthorLoader>().LoadAsync(c.Parent<BlogData.Author>().Id, c.RequestAborted);
                return await c.DataLoader<AuthorLoader>().LoadAsync(self!.BestFriendId, c.RequestAborted);
            }),
        s => s.AddSingleton(_log));

    [Fact]
    public async Task ExecuteAsync_KeysAtOneDepth_GoOutInOneBatchPerLoaderAndDepth()
    {
        var json = await Create().RunJsonAsync("{ posts { title author { name } comments { id author { name } } } }");

        json.Should().Be("""{"data":{"posts":[{"title":"One","author":{"name":"Ada"},"comments":[{"id":"c1","author":{"name":"Edsger"}},{"id":"c2","author":{"name":"Barbara"}}]},{"title":"Two","author":{"name":"Alan"},"comments":[{"id":"c3","author":{"name":"Ada"}}]},{"title":"Three","author":{"name":"Ada"},"comments":[]},{"title":"Four","author":{"name":"Grace"},"comments":[{"id":"c4","author":{"name":"Edsger"}}]}]}}""");
        _log.Of("authors").Should().Equal("a1,a2,a3", "a4,a5");
        _log.Of("comments").Should().Equal("p1,p2,p3,p4");
    }

    [Fact]
    public async Task ExecuteAsync_NestedLoadersInsideLists_BatchEveryLevel()
    {
        var json = await Create().RunJsonAsync("{ posts { author { bestFriend { name bestFriend { name } } } } }");

        json.Should().Be("""{"data":{"posts":[{"author":{"bestFriend":{"name":"Edsger","bestFriend":{"name":"Alan"}}}},{"author":{"bestFriend":{"name":"Ada","bestFriend":{"name":"Edsger"}}}},{"author":{"bestFriend":{"name":"Edsger","bestFriend":{"name":"Alan"}}}},{"author":{"bestFriend":{"name":"Barbara","bestFriend":{"name":"Ada"}}}}]}}""");
        _log.SortedOf("authors").Should().Equal("a1,a2,a3", "a4,a5");
    }

    [Fact]
    public async Task ExecuteAsync_Mutation_BatchesInsideTheFieldSubtree()
    {
        var json = await Create().RunJsonAsync("""mutation { publish(titles: ["x", "y", "z"]) { title author { name } comments { id } } }""");

        json.Should().Be("""{"data":{"publish":[{"title":"x","author":{"name":"Ada"},"comments":[]},{"title":"y","author":{"name":"Alan"},"comments":[]},{"title":"z","author":{"name":"Grace"},"comments":[]}]}}""");
        _log.Of("authors").Should().Equal("a1,a2,a3");
        _log.Of("comments").Should().Equal("n0,n1,n2");
    }

    [Fact]
    public async Task ExecuteAsync_TwoRequests_EachHasItsOwnLoaders()
    {
        var executor = Create();

        await executor.RunAsync("{ posts { author { name } } }");
        await executor.RunAsync("{ posts { author { name } } }");

        _log.Of("authors").Should().Equal("a1,a2,a3", "a1,a2,a3");
    }

    [Fact]
    public async Task ExecuteAsync_FailingBatch_FailsExactlyItsFieldsWithLocatedErrors()
    {
        var executor = TestExecutor.Create(
            "type Query { posts: [Post!]! } type Post { title: String! author: Author } type Author { name: String! }",
            b => b
                .AddDataLoader<FailingAuthorLoader>()
                .AddResolver("Query", "posts", _ => BlogData.Posts.Take(2))
                .AddResolver("Post", "author", async c => await c.DataLoader<FailingAuthorLoader>().LoadAsync(c.Parent<BlogData.Post>().AuthorId, c.RequestAborted)),
            s => s.AddSingleton(_log));

        var json = await executor.RunJsonAsync("{ posts { title author { name } } }");

        json.Should().Be("""{"data":{"posts":[{"title":"One","author":null},{"title":"Two","author":null}]},"errors":[{"message":"Unexpected Execution Error","path":["posts",0,"author"],"code":"INTERNAL_SERVER_ERROR"},{"message":"Unexpected Execution Error","path":["posts",1,"author"],"code":"INTERNAL_SERVER_ERROR"}]}""");
        _log.Of("failing").Should().Equal("a1,a2");
    }
}
