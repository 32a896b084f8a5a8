using Gateway.Filtering;

namespace Gateway.Tests.Filtering;

/// <summary>
/// For many random filter trees and random conversations, the compiled flat list evaluated with Chatwoot's
/// precedence (AND before OR, no grouping) selects exactly the conversations the tree selects.
/// </summary>
public sealed class ConversationFilterCompilerPropertyTests
{
    private static readonly string[] Statuses = ["OPEN", "RESOLVED", "PENDING", "SNOOZED"];
    private static readonly string[] Priorities = ["LOW", "MEDIUM", "HIGH", "URGENT"];
    private static readonly string[] Labels = ["vip", "billing", "spam"];

    private sealed record Conversation(string Status, string? Priority, int? AssigneeId, IReadOnlySet<string> Labels);

    [Fact]
    public void Compile_RandomTrees_FlatListWithChatwootPrecedenceSelectsWhatTheTreeSelects()
    {
        var random = new Random(20261202);
        var conversations = Enumerable.Range(0, 60).Select(_ => RandomConversation(random)).ToList();
        var compiled = 0;
        var tooLarge = 0;
        for (var i = 0; i < 3000; i++)
        {
            var tree = RandomTree(random, depth: 0);
            var result = ConversationFilterCompiler.Compile(tree, []);
            if (!result.IsSuccess)
            {
                result.Error.Should().StartWith("The filter is too large");
                tooLarge++;
                continue;
            }

            compiled++;
            foreach (var conversation in conversations)
            {
                var expected = EvaluateTree(tree, conversation);
                var actual = EvaluateFlat(result.Conditions, conversation);
                actual.Should().Be(expected, "tree {0} compiled to {1} for {2}", Describe(tree),
                    string.Join(" ", result.Conditions.Select(c => $"{c.AttributeKey} {c.FilterOperator} [{string.Join(",", c.Values)}] {c.QueryOperator}")), conversation);
            }
        }

        compiled.Should().BeGreaterThan(2500, "the generator should mostly produce sendable filters (too large: {0})", tooLarge);
    }

    private static Conversation RandomConversation(Random random) => new(
        Statuses[random.Next(Statuses.Length)].ToLowerInvariant(),
        random.Next(5) == 0 ? null : Priorities[random.Next(Priorities.Length)].ToLowerInvariant(),
        random.Next(3) == 0 ? null : random.Next(1, 4),
        Labels.Where(_ => random.Next(3) == 0).ToHashSet());

    private static Dictionary<string, object?> RandomTree(Random random, int depth)
    {
        var node = new Dictionary<string, object?>();
        var fields = random.Next(depth == 0 ? 1 : 0, 3);
        for (var f = 0; f < fields; f++)
        {
            switch (random.Next(depth < 2 ? 6 : 4))
            {
                case 0:
                    node["status"] = random.Next(4) switch
                    {
                        0 => new Dictionary<string, object?> { ["eq"] = Pick(random, Statuses) },
                        1 => new Dictionary<string, object?> { ["neq"] = Pick(random, Statuses) },
                        2 => new Dictionary<string, object?> { ["in"] = PickMany(random, Statuses) },
                        _ => new Dictionary<string, object?> { ["nin"] = PickMany(random, Statuses) },
                    };
                    break;
                case 1:
                    node["priority"] = random.Next(2) == 0
                        ? new Dictionary<string, object?> { ["eq"] = Pick(random, Priorities) }
                        : new Dictionary<string, object?> { ["nin"] = PickMany(random, Priorities) };
                    break;
                case 2:
                    node["assigneeId"] = random.Next(4) switch
                    {
                        0 => new Dictionary<string, object?> { ["eq"] = random.Next(1, 4) },
                        1 => new Dictionary<string, object?> { ["neq"] = random.Next(1, 4) },
                        2 => new Dictionary<string, object?> { ["eq"] = null },
                        _ => new Dictionary<string, object?> { ["exists"] = random.Next(2) == 0 },
                    };
                    break;
                case 3:
                    node["labels"] = random.Next(3) switch
                    {
                        0 => new Dictionary<string, object?> { ["in"] = PickMany(random, Labels) },
                        1 => new Dictionary<string, object?> { ["nin"] = PickMany(random, Labels) },
                        _ => new Dictionary<string, object?> { ["exists"] = random.Next(2) == 0 },
                    };
                    break;
                case 4:
                    node["and"] = Enumerable.Range(0, random.Next(1, 3)).Select(_ => (object?)RandomTree(random, depth + 1)).ToList();
                    break;
                default:
                    node["or"] = Enumerable.Range(0, random.Next(1, 4)).Select(_ => (object?)RandomTree(random, depth + 1)).ToList();
                    break;
            }
        }

        return node;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static List<object?> PickMany(Random random, string[] values) =>
        [.. values.OrderBy(_ => random.Next()).Take(random.Next(1, values.Length)).Cast<object?>()];

    /// <summary>The tree's meaning as the schema documents it, written independently of the compiler.</summary>
    private static bool EvaluateTree(IReadOnlyDictionary<string, object?> node, Conversation c) => node.All(field => field.Key switch
    {
        "and" => ((IReadOnlyList<object?>)field.Value!).All(item => EvaluateTree((IReadOnlyDictionary<string, object?>)item!, c)),
        "or" => ((IReadOnlyList<object?>)field.Value!).Any(item => EvaluateTree((IReadOnlyDictionary<string, object?>)item!, c)),
        _ => ((IReadOnlyDictionary<string, object?>)field.Value!).All(op => EvaluateOperation(field.Key, op.Key, op.Value, c)),
    });

    private static bool EvaluateOperation(string field, string op, object? value, Conversation c)
    {
        static IEnumerable<string> Names(object? v) => ((IReadOnlyList<object?>)v!).Select(x => ((string)x!).ToLowerInvariant());
        return (field, op) switch
        {
            ("status", "eq") => string.Equals(c.Status, (string)value!, StringComparison.OrdinalIgnoreCase),
            ("status", "neq") => !string.Equals(c.Status, (string)value!, StringComparison.OrdinalIgnoreCase),
            ("status", "in") => Names(value).Contains(c.Status),
            ("status", "nin") => !Names(value).Contains(c.Status),
            ("priority", "eq") => string.Equals(c.Priority, (string)value!, StringComparison.OrdinalIgnoreCase),
            ("priority", "nin") => c.Priority is not null && !Names(value).Contains(c.Priority),
            ("assigneeId", "eq") => value is null ? c.AssigneeId is null : c.AssigneeId == (int)value,
            ("assigneeId", "neq") => c.AssigneeId is not null && c.AssigneeId != (int)value!,
            ("assigneeId", "exists") => (c.AssigneeId is not null) == (bool)value!,
            ("labels", "in") => Names(value).Any(c.Labels.Contains),
            ("labels", "nin") => !Names(value).Any(c.Labels.Contains),
            ("labels", "exists") => (c.Labels.Count > 0) == (bool)value!,
            _ => throw new InvalidOperationException($"{field}.{op}"),
        };
    }

    /// <summary>Chatwoot's meaning of the flat list: SQL over the conditions joined in order, AND before OR.</summary>
    private static bool EvaluateFlat(IReadOnlyList<Gateway.Upstream.FilterCondition> conditions, Conversation c)
    {
        if (conditions.Count == 0)
        {
            return true;
        }

        var any = false;
        var all = true;
        foreach (var flat in conditions)
        {
            all &= EvaluateCondition(flat, c);
            if (flat.QueryOperator != Gateway.Upstream.FilterQueryOperator.And)
            {
                any |= all;
                all = true;
            }
        }

        return any;
    }

    private static bool EvaluateCondition(Gateway.Upstream.FilterCondition condition, Conversation c)
    {
        var values = condition.Values.Select(v => v.ToString()!).ToList();
        string? column = condition.AttributeKey switch
        {
            "status" => c.Status,
            "priority" => c.Priority,
            "assignee_id" => c.AssigneeId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        return (condition.AttributeKey, condition.FilterOperator) switch
        {
            ("labels", "equal_to") => values.Any(c.Labels.Contains),
            ("labels", "not_equal_to") => !values.Any(c.Labels.Contains),
            ("labels", "is_present") => c.Labels.Count > 0,
            ("labels", "is_not_present") => c.Labels.Count == 0,
            (_, "equal_to") => column is not null && values.Contains(column),
            (_, "not_equal_to") => column is not null && !values.Contains(column),
            (_, "is_present") => column is not null,
            (_, "is_not_present") => column is null,
            _ => throw new InvalidOperationException(condition.ToString()),
        };
    }

    private static string Describe(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> d => "{" + string.Join(", ", d.Select(kv => $"{kv.Key}: {Describe(kv.Value)}")) + "}",
        IReadOnlyList<object?> l => "[" + string.Join(", ", l.Select(Describe)) + "]",
        null => "null",
        _ => value.ToString()!,
    };
}
