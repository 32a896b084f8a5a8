using System.Net;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.Sim;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Filtering;

/// <summary>The flat list is SQL without parentheses: AND binds tighter than OR.</summary>
public sealed class FilterPrecedenceTests
{
    // A = status open, B = priority high, C = labels vip, D = assignee is the admin.
    private static SimConversation[] Rows() =>
    [
        Conversation(1, c => { c.Status = "open"; c.Priority = "high"; }),                       // A B
        Conversation(2, c => { c.Status = "open"; }),                                             // A
        Conversation(3, c => { c.Status = "resolved"; c.Labels = ["vip"]; }),                     // C
        Conversation(4, c => { c.Status = "resolved"; c.Priority = "high"; c.Labels = ["vip"]; }), // B C
        Conversation(5, c => { c.Status = "resolved"; c.Labels = ["vip"]; c.AssigneeId = AdminId; }), // C D
        Conversation(6, c => { c.Status = "resolved"; c.Priority = "high"; }),                    // B
    ];

    private static System.Text.Json.Nodes.JsonObject A(string? next) => Cond("status", "equal_to", Values("open"), next);

    private static System.Text.Json.Nodes.JsonObject B(string? next) => Cond("priority", "equal_to", Values("high"), next);

    private static System.Text.Json.Nodes.JsonObject C(string? next) => Cond("labels", "equal_to", Values("vip"), next);

    private static System.Text.Json.Nodes.JsonObject D(string? next) => Cond("assignee_id", "equal_to", Values(AdminId), next);

    [Fact]
    public async Task Filter_AAndBOrC_IsAAndBThenOrC()
    {
        await using var sim = await Sim.StartAsync(Rows());

        var (_, body) = await sim.FilterAsync(A("AND"), B("OR"), C(null));

        // (A AND B) OR C; left-to-right grouping A AND (B OR C) would give 1 only.
        Ids(body).Should().Equal(1, 3, 4, 5);
    }

    [Fact]
    public async Task Filter_AOrBAndC_IsAOrBAndC()
    {
        await using var sim = await Sim.StartAsync(Rows());

        var (_, body) = await sim.FilterAsync(A("OR"), B("AND"), C(null));

        // A OR (B AND C); left-to-right (A OR B) AND C would give 4 only.
        Ids(body).Should().Equal(1, 2, 4);
    }

    [Fact]
    public async Task Filter_AAndBOrCAndD_IsTwoConjunctions()
    {
        await using var sim = await Sim.StartAsync(Rows());

        var (_, body) = await sim.FilterAsync(A("AND"), B("OR"), C("AND"), D(null));

        Ids(body).Should().Equal(1, 5);
    }

    [Fact]
    public async Task Filter_QueryOperatorCase_IsIgnored()
    {
        await using var sim = await Sim.StartAsync(Rows());

        var (_, body) = await sim.FilterAsync(A("and"), B("or"), C(null));

        Ids(body).Should().Equal(1, 3, 4, 5);
    }

    [Fact]
    public async Task Filter_TrailingQueryOperator_IsAn500()
    {
        await using var sim = await Sim.StartAsync(Rows());

        var (status, _) = await sim.FilterAsync(A("AND"));

        status.Should().Be(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task Filter_MissingQueryOperatorBetweenConditions_IsAn500()
    {
        await using var sim = await Sim.StartAsync(Rows());

        var (status, _) = await sim.FilterAsync(A(null), B(null));

        status.Should().Be(HttpStatusCode.InternalServerError);
    }
}
