using Gateway.Filtering;

namespace Gateway.Tests.Filtering;

public sealed class ConversationFilterCompilerTests
{
    private static Dictionary<string, object?> Obj(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);

    private static List<object?> List(params object?[] items) => [.. items];

    private static string Flat(FilterCompileResult result)
    {
        result.Error.Should().BeNull();
        return string.Join(" ", result.Conditions.Select(c => $"({c.AttributeKey} {c.FilterOperator} [{string.Join(", ", c.Values)}]){(c.QueryOperator is null ? string.Empty : " " + c.QueryOperator.ToString()!.ToUpperInvariant())}"));
    }

    [Fact]
    public void Compile_NullFilterAndNoConditions_SendsEmptyPayloadThatMatchesEverything()
    {
        var result = ConversationFilterCompiler.Compile(null, []);

        result.IsSuccess.Should().BeTrue();
        result.Conditions.Should().BeEmpty();
    }

    [Fact]
    public void Compile_FieldsOfOneObject_AreJoinedWithAndAndLastOperatorIsNull()
    {
        var filter = Obj(("status", Obj(("eq", "PENDING"))), ("browserLanguage", Obj(("neq", "en"))));

        var result = ConversationFilterCompiler.Compile(filter, []);

        Flat(result).Should().Be("(status equal_to [pending]) AND (browser_language not_equal_to [en])");
        result.Conditions[^1].QueryOperator.Should().BeNull();
    }

    [Fact]
    public void Compile_AndOfOrs_IsDistributedIntoDisjunctionOfConjunctions()
    {
        // (A OR B) AND (C OR D) => A C | A D | B C | B D
        var filter = Obj(("and", List(
            Obj(("or", List(Obj(("status", Obj(("eq", "OPEN")))), Obj(("status", Obj(("eq", "PENDING"))))))),
            Obj(("or", List(Obj(("labels", Obj(("eq", "vip")))), Obj(("teamId", Obj(("eq", 3))))))))));

        var result = ConversationFilterCompiler.Compile(filter, []);

        Flat(result).Should().Be(
            "(status equal_to [open]) AND (labels equal_to [vip]) OR " +
            "(status equal_to [open]) AND (team_id equal_to [3]) OR " +
            "(status equal_to [pending]) AND (labels equal_to [vip]) OR " +
            "(status equal_to [pending]) AND (team_id equal_to [3])");
    }

    [Fact]
    public void Compile_ExtraConjuncts_AreAndedIntoEveryGroup()
    {
        var filter = Obj(("or", List(Obj(("priority", Obj(("eq", "HIGH")))), Obj(("priority", Obj(("eq", "URGENT")))))));
        var status = new FilterPredicate("status", "equal_to", ["open"]);

        var result = ConversationFilterCompiler.Compile(filter, [status]);

        Flat(result).Should().Be(
            "(priority equal_to [high]) AND (status equal_to [open]) OR (priority equal_to [urgent]) AND (status equal_to [open])");
    }

    [Fact]
    public void Compile_EveryOperatorOfEveryAttributeKind_MapsToChatwootOperators()
    {
        var filter = Obj(
            ("status", Obj(("in", List("OPEN", "SNOOZED")), ("nin", List("RESOLVED")))),
            ("assigneeId", Obj(("exists", true))),
            ("inboxId", Obj(("eq", null))),
            ("teamId", Obj(("neq", null))),
            ("labels", Obj(("nin", List("spam", "spam")), ("exists", false))),
            ("mailSubject", Obj(("contains", "refund"), ("ncontains", "test"))),
            ("createdAt", Obj(("gt", "2026-01-31"), ("lt", "2026-12-01"), ("olderThanDays", 7))),
            ("customAttributes", List(Obj(("key", "plan"), ("eq", "Pro")), Obj(("key", "seats"), ("gt", "10")))));

        var result = ConversationFilterCompiler.Compile(filter, []);

        Flat(result).Should().Be(
            "(status equal_to [open, snoozed]) AND (status not_equal_to [resolved]) AND (assignee_id is_present []) AND " +
            "(inbox_id is_not_present []) AND (team_id is_present []) AND (labels not_equal_to [spam]) AND (labels is_not_present []) AND " +
            "(mail_subject contains [refund]) AND (mail_subject does_not_contain [test]) AND " +
            "(created_at is_greater_than [2026-01-31]) AND (created_at is_less_than [2026-12-01]) AND (created_at days_before [7]) AND " +
            "(plan equal_to [Pro]) AND (seats is_greater_than [10])");
    }

    [Fact]
    public void Compile_DuplicateConditionsInOneGroup_AreSentOnce()
    {
        var filter = Obj(("status", Obj(("eq", "OPEN"))), ("and", List(Obj(("status", Obj(("eq", "OPEN")))))));

        Flat(ConversationFilterCompiler.Compile(filter, [])).Should().Be("(status equal_to [open])");
    }

    [Fact]
    public void Compile_OrWithAnEmptyBranch_MatchesEverything()
    {
        var filter = Obj(("or", List(Obj(), Obj(("status", Obj(("eq", "OPEN")))))));

        ConversationFilterCompiler.Compile(filter, []).Conditions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("createdAt", "gt", "31/01/2026", "must be an ISO date (YYYY-MM-DD)")]
    [InlineData("createdAt", "lt", "2026-02-30", "must be an ISO date (YYYY-MM-DD)")]
    [InlineData("lastActivityAt", "olderThanDays", -1, "must be zero or more")]
    [InlineData("status", "eq", null, "is not supported for `status`")]
    [InlineData("status", "in", "empty", "must not be empty")]
    [InlineData("status", "contains", "x", "is not an operator Chatwoot accepts for `status`")]
    public void Compile_ValueChatwootCannotTake_FailsWithMessageNamingThePath(string field, string op, object? value, string expected)
    {
        object? input = value is "empty" ? List() : value;
        var filter = Obj((field, Obj((op, input))));

        var result = ConversationFilterCompiler.Compile(filter, []);

        result.IsSuccess.Should().BeFalse();
        result.Error.Should().Contain($"`filter.{field}.{op}`").And.Contain(expected);
    }

    [Fact]
    public void Compile_EmptyOrList_FailsBecauseItMatchesNothing()
    {
        var result = ConversationFilterCompiler.Compile(Obj(("or", List())), []);

        result.Error.Should().Be("`filter.or` must not be empty: an empty OR matches nothing.");
    }

    [Fact]
    public void Compile_ExpansionBeyondTheBound_FailsBeforeAnyUpstreamCall()
    {
        // Five ANDed ORs of two branches each expand to 2^5 = 32 groups, beyond the default bound of 16.
        var ors = Enumerable.Range(0, 5)
            .Select(i => (object?)Obj(("or", List(Obj(("teamId", Obj(("eq", i)))), Obj(("inboxId", Obj(("eq", i))))))))
            .ToList();

        var result = ConversationFilterCompiler.Compile(Obj(("and", ors)), []);

        result.IsSuccess.Should().BeFalse();
        result.Error.Should().StartWith("The filter is too large once rewritten for Chatwoot");
    }

    [Theory]
    [InlineData("status")]
    [InlineData("CREATED_AT")]
    public void Compile_CustomAttributeNamedLikeAStandardOne_IsRejected(string key)
    {
        var filter = Obj(("customAttributes", List(Obj(("key", key), ("eq", "x")))));

        ConversationFilterCompiler.Compile(filter, []).Error.Should().Contain("is a standard attribute");
    }

    [Fact]
    public void Compile_CustomAttributeWithTwoOperators_IsRejected()
    {
        var filter = Obj(("customAttributes", List(Obj(("key", "plan"), ("eq", "a"), ("neq", "b")))));

        ConversationFilterCompiler.Compile(filter, []).Error.Should().Contain("exactly one operator");
    }

    [Fact]
    public void Compile_CustomAttributeComparisonWithGarbage_IsRejected()
    {
        var filter = Obj(("customAttributes", List(Obj(("key", "seats"), ("gt", "1; DROP TABLE")))));

        ConversationFilterCompiler.Compile(filter, []).Error.Should().Contain("must be a number or an ISO date");
    }
}
