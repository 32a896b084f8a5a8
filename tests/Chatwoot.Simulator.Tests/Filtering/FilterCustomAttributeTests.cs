using System.Net;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.Sim;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Filtering;

public sealed class FilterCustomAttributeTests
{
    private static SimConversation[] Rows() =>
    [
        Conversation(1, c =>
        {
            c.CustomAttributes["order_id"] = JsonOf("ORD-1234");
            c.CustomAttributes["plan"] = JsonOf("Business");
            c.CustomAttributes["order_total"] = JsonOf(99.5);
            c.CustomAttributes["renewal_date"] = JsonOf("2026-12-15");
            c.CustomAttributes["is_vip"] = JsonOf(true);
        }),
        Conversation(2, c =>
        {
            c.CustomAttributes["order_id"] = JsonOf("ORD-9999");
            c.CustomAttributes["plan"] = JsonOf("free");
            c.CustomAttributes["order_total"] = JsonOf(10);
            c.CustomAttributes["renewal_date"] = JsonOf("2026-06-01");
            c.CustomAttributes["is_vip"] = JsonOf(false);
        }),
        Conversation(3),
    ];

    [Theory]
    [InlineData("plan", "equal_to", new[] { "BUSINESS" }, new[] { 1 })]
    [InlineData("plan", "equal_to", new[] { "free", "business" }, new[] { 2 })]
    [InlineData("order_id", "contains", new[] { "ord-12" }, new[] { 1 })]
    [InlineData("order_id", "does_not_contain", new[] { "1234" }, new[] { 2 })]
    [InlineData("order_total", "is_greater_than", new[] { "50" }, new[] { 1 })]
    [InlineData("order_total", "is_less_than", new[] { "50.25" }, new[] { 2 })]
    [InlineData("order_total", "equal_to", new[] { "10.0" }, new[] { 2 })]
    [InlineData("renewal_date", "is_greater_than", new[] { "2026-12-01" }, new[] { 1 })]
    [InlineData("renewal_date", "days_before", new[] { "30" }, new[] { 2 })]
    [InlineData("is_vip", "equal_to", new[] { "true" }, new[] { 1 })]
    [InlineData("order_id", "is_present", new string[0], new[] { 1, 2 })]
    [InlineData("order_id", "is_not_present", new string[0], new[] { 3 })]
    public async Task Filter_CustomAttribute_ComparesByDisplayType(string key, string op, string[] values, int[] expected)
    {
        await using var sim = await Sim.StartAsync(Rows());

        var (status, body) = await sim.FilterAsync(Cond(key, op, Values([.. values.Select(v => (System.Text.Json.Nodes.JsonNode?)v)])));

        status.Should().Be(HttpStatusCode.OK);
        Ids(body).Should().Equal(expected);
    }

    [Fact]
    public async Task Filter_CustomNotEqualLast_AlsoMatchesRowsWithoutTheAttribute()
    {
        await using var sim = await Sim.StartAsync(Rows());

        var (_, body) = await sim.FilterAsync(Cond("plan", "not_equal_to", Values("free")));

        Ids(body).Should().Equal(1, 3);
    }

    [Fact]
    public async Task Filter_CustomNotEqualLast_AppendedIsNullEscapesThePrecedingAnd()
    {
        await using var sim = await Sim.StartAsync(Rows());

        // status resolved AND plan != free OR plan IS NULL: the IS NULL term stands alone.
        var (_, body) = await sim.FilterAsync(Cond("status", "equal_to", Values("resolved"), "AND"), Cond("plan", "not_equal_to", Values("free")));

        Ids(body).Should().Equal(3);
    }

    [Fact]
    public async Task Filter_CustomNotEqualFollowedByAnotherCondition_IsAn500()
    {
        await using var sim = await Sim.StartAsync(Rows());

        var (status, _) = await sim.FilterAsync(Cond("plan", "not_equal_to", Values("free"), "AND"), Cond("status", "equal_to", Values("open")));

        status.Should().Be(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task Filter_CustomEqualTo_ComparesOnlyTheFirstValue()
    {
        await using var sim = await Sim.StartAsync(Rows());

        var (_, body) = await sim.FilterAsync(Cond("order_id", "equal_to", Values("ord-9999", "ORD-1234")));

        Ids(body).Should().Equal(2);
    }
}
