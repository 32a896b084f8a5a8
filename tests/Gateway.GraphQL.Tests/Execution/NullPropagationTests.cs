using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query { item: Item nonNullItem: Item! items: [Item] strictItems: [Item!] strictList: [Item!]! }
        type Item { ok: String nullable: String failing: String required: String! nested: Item nonNullNested: Item! }
        """;

    private static readonly Dictionary<string, object?> Item = new()
    {
        ["ok"] = "yes",
        ["nullable"] = null,
        ["required"] = null,
        ["nested"] = new Dictionary<string, object?> { ["ok"] = "inner", ["required"] = null },
        ["nonNullNested"] = new Dictionary<string, object?> { ["ok"] = "inner", ["required"] = null },
    };

    private static IRequestExecutor Create() => TestExecutor.Create(Sdl, b => b
        .AddResolver("Query", "item", _ => Item)
        .AddResolver("Query", "nonNullItem", _ => Item)
        .AddResolver("Query", "items", _ => new object?[] { Item, null, Item })
        .AddResolver("Query", "strictItems", _ => new object?[] { Item, null })
        .AddResolver("Query", "strictList", _ => new object?[] { Item, null })
        .AddResolver("Item", "failing", _ => throw new InvalidOperationException("boom")));

    [Fact]
    public async Task ExecuteAsync_NullableFieldReturnsNull_IsNullWithoutError()
    {
        var json = await Create().RunJsonAsync("{ item { ok nullable } }");

        json.Should().Be("""{"data":{"item":{"ok":"yes","nullable":null}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_NonNullFieldReturnsNull_NullsNearestNullableParent()
    {
        var json = await Create().RunJsonAsync("{ item { ok required } }");

        json.Should().Be("""{"data":{"item":null},"errors":[{"message":"Cannot return null for non-nullable field Item.required.","path":["item","required"],"code":"NON_NULL_VIOLATION"}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_NonNullChainToRoot_NullsData()
    {
        var json = await Create().RunJsonAsync("{ nonNullItem { nonNullNested { required } } }");

        json.Should().Be("""{"data":null,"errors":[{"message":"Cannot return null for non-nullable field Item.required.","path":["nonNullItem","nonNullNested","required"],"code":"NON_NULL_VIOLATION"}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_NonNullViolationInsideNullableNested_NullsOnlyNested()
    {
        var json = await Create().RunJsonAsync("{ item { ok nested { ok required } } }");

        json.Should().Be("""{"data":{"item":{"ok":"yes","nested":null}},"errors":[{"message":"Cannot return null for non-nullable field Item.required.","path":["item","nested","required"],"code":"NON_NULL_VIOLATION"}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_NullableListItemFails_NullsOnlyTheItem()
    {
        var json = await Create().RunJsonAsync("{ items { required } }");

        json.Should().Be("""{"data":{"items":[null,null,null]},"errors":[{"message":"Cannot return null for non-nullable field Item.required.","path":["items",0,"required"],"code":"NON_NULL_VIOLATION"},{"message":"Cannot return null for non-nullable field Item.required.","path":["items",2,"required"],"code":"NON_NULL_VIOLATION"}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_NonNullListItemIsNull_NullsTheNullableList()
    {
        var json = await Create().RunJsonAsync("{ strictItems { ok } }");

        json.Should().Be("""{"data":{"strictItems":null},"errors":[{"message":"Cannot return null for non-nullable field Query.strictItems.","path":["strictItems",1],"code":"NON_NULL_VIOLATION"}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_NonNullListOfNonNullItemsHasNull_NullsData()
    {
        var json = await Create().RunJsonAsync("{ strictList { ok } item { ok } }");

        json.Should().Be("""{"data":null,"errors":[{"message":"Cannot return null for non-nullable field Query.strictList.","path":["strictList",1],"code":"NON_NULL_VIOLATION"}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_ResolverThrows_MaskedErrorWithPathAndLocation()
    {
        var result = await Create().RunAsync("{ item {\n  failing ok } }");

        ResultJson.Write(result, withLocations: true).Should().Be("""{"data":{"item":{"failing":null,"ok":"yes"}},"errors":[{"message":"Unexpected Execution Error","locations":[{"line":2,"column":3}],"path":["item","failing"],"code":"INTERNAL_SERVER_ERROR"}]}""");
        result.Errors[0].Exception.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task ExecuteAsync_IncludeExceptionDetails_ExposesMessageAndException()
    {
        var executor = TestExecutor.Create(Sdl, b => b
            .AddResolver("Query", "item", _ => Item)
            .AddResolver("Query", "nonNullItem", _ => Item)
            .AddResolver("Query", "items", _ => null)
            .AddResolver("Query", "strictItems", _ => null)
            .AddResolver("Query", "strictList", _ => null)
            .AddResolver("Item", "failing", _ => throw new InvalidOperationException("boom"))
            .ModifyOptions(o => o.IncludeExceptionDetails = true));

        var result = await executor.RunAsync("{ item { failing } }");

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("boom");
        var exception = result.Errors[0].Extensions["exception"].Should().BeAssignableTo<IReadOnlyDictionary<string, object?>>().Subject;
        exception["type"].Should().Be("System.InvalidOperationException");
        exception["stackTrace"].Should().BeOfType<string>();
    }
}
