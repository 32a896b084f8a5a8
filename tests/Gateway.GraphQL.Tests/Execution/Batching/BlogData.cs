namespace Gateway.GraphQL.Tests.Execution.Batching;

/// <summary>In-memory blog: authors (with a best friend), posts and comments.</summary>
internal static class BlogData
{
    public static readonly IReadOnlyDictionary<string, Author> Authors = new[]
    {
        new Author("a1", "Ada", "a4"),
        new Author("a2", "Alan", "a1"),
        new Author("a3", "Grace", "a5"),
        new Author("a4", "Edsger", "a2"),
        new Author("a5", "Barbara", "a1"),
    }.ToDictionary(a => a.Id);

    public static readonly IReadOnlyList<Post> Posts =
    [
        new Post("p1", "One", "a1"),
        new Post("p2", "Two", "a2"),
        new Post("p3", "Three", "a1"),
        new Post("p4", "Four", "a3"),
    ];

    public static readonly IReadOnlyList<Comment> Comments =
    [
        new Comment("c1", "p1", "a4"),
        new Comment("c2", "p1", "a5"),
        new Comment("c3", "p2", "a1"),
        new Comment("c4", "p4", "a4"),
    ];

    public const string Sdl = """
        type Query { posts: [Post!]! }
        type Mutation { publish(titles: [String!]!): [Post!]! }
        type Author { id: ID! name: String! bestFriend: Author }
        type Post { id: ID! title: String! author: Author! comments: [Comment!]! }
        type Comment { id: ID! post: Post author: Author! }
        """;

    internal sealed record Author(string Id, string Name, string BestFriendId);

    internal sealed record Post(string Id, string Title, string AuthorId);

    internal sealed record Comment(string Id, string PostId, string AuthorId);
}
