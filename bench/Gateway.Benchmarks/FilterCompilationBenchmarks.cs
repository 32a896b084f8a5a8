using BenchmarkDotNet.Attributes;
using Gateway.Filtering;
using Gateway.Upstream;

namespace Gateway.Benchmarks;

/// <summary>
/// Compiling <c>ConversationFilterInput</c> values (as the engine hands them over: dictionaries of provided fields,
/// lists, enum names) into Chatwoot's flat condition list, and writing that list as the
/// <c>POST /conversations/filter</c> body the client sends.
/// </summary>
[MemoryDiagnoser]
public class FilterCompilationBenchmarks
{
    private static readonly IReadOnlyList<FilterPredicate> NoConjuncts = [];

    private Dictionary<string, object?> _flat = [];
    private Dictionary<string, object?> _nested = [];
    private Dictionary<string, object?> _largest = [];
    private Dictionary<string, object?> _rejected = [];
    private FilterConversationsRequest _nestedRequest = new();

    [GlobalSetup]
    public void Setup()
    {
        // status = open AND assignee present AND labels in (vip, billing): one group of 3.
        _flat = Obj(
            ("status", Obj(("eq", "OPEN"))),
            ("assigneeId", Obj(("exists", true))),
            ("labels", Obj(("in", List("vip", "billing")))));

        // (open OR pending) AND (priority in (high, urgent) OR label vip) AND created after Jan 1 AND
        // (team 3 OR inbox 2) AND plan = pro: 8 input conditions, 8 groups of 5 once expanded.
        _nested = Obj(("and", List(
            Or(Field("status", "eq", "OPEN"), Field("status", "eq", "PENDING")),
            Or(Field("priority", "in", List("HIGH", "URGENT")), Field("labels", "eq", "vip")),
            Field("createdAt", "gt", "2026-01-01"),
            Or(Field("teamId", "eq", 3), Field("inboxId", "eq", 2)),
            Custom("plan", "pro"))));

        // Four AND-ed pairs of alternatives: 16 groups of 4 = 64 conditions, exactly the default bounds.
        _largest = Obj(("and", Pairs(4)));

        // Five pairs: 32 groups, over the bound of 16, so the filter is refused before any upstream call.
        _rejected = Obj(("and", Pairs(5)));

        var compiled = ConversationFilterCompiler.Compile(_nested, NoConjuncts);
        _nestedRequest = new FilterConversationsRequest { Payload = compiled.Conditions, Page = 2 };
        if (!ConversationFilterCompiler.Compile(_largest, NoConjuncts).IsSuccess
            || ConversationFilterCompiler.Compile(_rejected, NoConjuncts).IsSuccess
            || compiled.Conditions.Count != 40)
        {
            throw new InvalidOperationException("The benchmark inputs no longer have the shapes they are named after.");
        }
    }

    [Benchmark]
    public int FlatAnd3() => ConversationFilterCompiler.Compile(_flat, NoConjuncts).Conditions.Count;

    [Benchmark]
    public int NestedTree8() => ConversationFilterCompiler.Compile(_nested, NoConjuncts).Conditions.Count;

    [Benchmark]
    public int Largest16Groups64Conditions() => ConversationFilterCompiler.Compile(_largest, NoConjuncts).Conditions.Count;

    [Benchmark]
    public int RejectedTooLarge() => ConversationFilterCompiler.Compile(_rejected, NoConjuncts).Error!.Length;

    /// <summary>The nested tree's 40 compiled conditions written as the request body.</summary>
    [Benchmark]
    public int SerializeNestedBody() => ChatwootRequestWriter.FilterBody(_nestedRequest).Length;

    /// <summary>Compile then write, as one filtered <c>conversations</c> query does.</summary>
    [Benchmark]
    public int NestedTree8CompileAndSerialize()
    {
        var compiled = ConversationFilterCompiler.Compile(_nested, NoConjuncts);
        return ChatwootRequestWriter.FilterBody(new FilterConversationsRequest { Payload = compiled.Conditions, Page = 2 }).Length;
    }

    private static List<object?> Pairs(int count)
    {
        string[] statuses = ["OPEN", "PENDING", "SNOOZED", "RESOLVED", "OPEN"];
        var pairs = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            pairs.Add(Or(Field("status", "eq", statuses[i]), Custom($"attr_{i}", $"value_{i}")));
        }

        return pairs;
    }

    private static Dictionary<string, object?> Field(string field, string op, object? value) => Obj((field, Obj((op, value))));

    private static Dictionary<string, object?> Or(params object?[] branches) => Obj(("or", List(branches)));

    private static Dictionary<string, object?> Custom(string key, string value) =>
        Obj(("customAttributes", List(Obj(("key", key), ("eq", value)))));

    private static Dictionary<string, object?> Obj(params (string Key, object? Value)[] fields)
    {
        var result = new Dictionary<string, object?>(fields.Length, StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            result.Add(key, value);
        }

        return result;
    }

    private static List<object?> List(params object?[] items) => [.. items];
}
