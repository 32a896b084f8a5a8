using System.Net;
using System.Text.Json.Nodes;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.Sim;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Filtering;

public sealed class FilterErrorTests
{
    private const string AllowedKeys =
        "status,assignee_id,contact_id,inbox_id,team_id,priority,display_id,campaign_id,labels,browser_language,conversation_language,referer,created_at,last_activity_at,mail_subject";

    [Fact]
    public async Task Filter_UnknownKey_Returns422InvalidAttribute()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.FilterAsync(Cond("shoe_size", "equal_to", Values("42")));

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("error").GetString().Should().Be(
            $"Invalid attribute key - [shoe_size]. The key should be one of [{AllowedKeys}] or a custom attribute defined in the account.");
    }

    [Fact]
    public async Task Filter_ContactCustomAttributeKey_IsNotAConversationAttribute()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.FilterAsync(Cond("customer_tier", "equal_to", Values("gold")));

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("error").GetString().Should().StartWith("Invalid attribute key - [customer_tier].");
    }

    [Theory]
    [InlineData("status", "contains", "Invalid operator. The allowed operators for status are [equal_to,not_equal_to].")]
    [InlineData("assignee_id", "contains", "Invalid operator. The allowed operators for assignee_id are [equal_to,not_equal_to,is_present,is_not_present].")]
    [InlineData("created_at", "equal_to", "Invalid operator. The allowed operators for created_at are [is_greater_than,is_less_than,days_before].")]
    [InlineData("referer", "is_present", "Invalid operator. The allowed operators for referer are [equal_to,not_equal_to,contains,does_not_contain].")]
    public async Task Filter_OperatorNotAllowedForKey_Returns422InvalidOperator(string key, string op, string message)
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.FilterAsync(Cond(key, op, Values("x")));

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("error").GetString().Should().Be(message);
    }

    [Theory]
    [InlineData("XOR")]
    [InlineData("not")]
    [InlineData("&&")]
    public async Task Filter_QueryOperatorOtherThanAndOr_Returns422(string queryOperator)
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.FilterAsync(Cond("status", "equal_to", Values("open"), queryOperator), Cond("status", "equal_to", Values("open")));

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("error").GetString().Should().Be("Query operator must be either \"AND\" or \"OR\".");
    }

    [Fact]
    public async Task Filter_EmptyQueryOperatorBetweenConditions_PassesValidationButIsAn500()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, _) = await sim.FilterAsync(Cond("status", "equal_to", Values("open"), string.Empty), Cond("status", "equal_to", Values("open")));

        status.Should().Be(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task Filter_QueryOperatorError_WinsOverAnEarlierInvalidKey()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (_, body) = await sim.FilterAsync(Cond("nope", "equal_to", Values("x"), "AND"), Cond("status", "equal_to", Values("open"), "NAND"), Cond("status", "equal_to", Values("open")));

        body.GetProperty("error").GetString().Should().Be("Query operator must be either \"AND\" or \"OR\".");
    }

    [Theory]
    [InlineData("created_at", "is_greater_than", "yesterday")]
    [InlineData("created_at", "is_less_than", "2026-13-45")]
    [InlineData("last_activity_at", "is_greater_than", "2026-01-01'; DROP TABLE conversations; --")]
    [InlineData("order_total", "is_greater_than", "a lot")]
    [InlineData("renewal_date", "is_less_than", "soon")]
    public async Task Filter_BadComparisonValue_Returns422InvalidValue(string key, string op, string value)
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.FilterAsync(Cond(key, op, Values(value)));

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("error").GetString().Should().Be($"Invalid value. The values provided for {key} are invalid");
    }

    [Fact]
    public async Task Filter_BlankValues_Returns422InvalidValue()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.FilterAsync(Cond("status", "equal_to", Values()));

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("error").GetString().Should().Be("Invalid value. The values provided for status are invalid");
    }

    [Theory]
    [InlineData("""{"filters":[]}""")]
    [InlineData("""{"payload":[{"attribute_key":"assignee_id","filter_operator":"equal_to","values":["me"],"query_operator":null}]}""")]
    [InlineData("""{"payload":[{"attribute_key":"referer","filter_operator":"contains","values":[42],"query_operator":null}]}""")]
    [InlineData("""{"payload":[{"attribute_key":"discount","filter_operator":"equal_to","values":["10"],"query_operator":null}]}""")]
    [InlineData("""{"payload":[{"attribute_key":"contract_value","filter_operator":"is_greater_than","values":["10"],"query_operator":null}]}""")]
    public async Task Filter_PayloadsUpstreamDoesNotRescue_Return500(string json)
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.FilterRawAsync(json);

        status.Should().Be(HttpStatusCode.InternalServerError);
        body.GetProperty("error").GetString().Should().Be("Internal Server Error");
    }

    [Fact]
    public async Task Filter_BrokenJson_Returns400()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, _) = await sim.FilterRawAsync("{\"payload\": [");

        status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Filter_ValidationRunsInPayloadOrder()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (_, body) = await sim.FilterAsync(Cond("status", "contains", Values("x"), "AND"), Cond("nope", "equal_to", Values("x")));

        body.GetProperty("error").GetString().Should().StartWith("Invalid operator.");
    }

    [Fact]
    public async Task Filter_NullValuesNode_IsBlank()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        var (status, body) = await sim.FilterAsync(Cond("labels", "equal_to", (JsonNode?)null));

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("error").GetString().Should().Be("Invalid value. The values provided for labels are invalid");
    }
}
