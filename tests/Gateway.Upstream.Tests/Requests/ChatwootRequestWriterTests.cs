using System.Text.Json;

namespace Gateway.Upstream.Tests.Requests;

public sealed class ChatwootRequestWriterTests
{
    [Fact]
    public void ConversationsPath_NoParameters_SendsNoQuery()
    {
        ChatwootRequestWriter.ConversationsPath(3, new ListConversationsRequest())
            .Should().Be("api/v1/accounts/3/conversations");
    }

    [Fact]
    public void ConversationsPath_EveryParameter_UsesChatwootNames()
    {
        var path = ChatwootRequestWriter.ConversationsPath(1, new ListConversationsRequest
        {
            AssigneeType = AssigneeTypeFilter.Unassigned,
            Status = ConversationStatusFilter.All,
            Query = "refund & more",
            InboxId = 4,
            TeamId = 9,
            Labels = ["billing", "vip"],
            Page = 2,
            SortBy = ConversationSortOrder.PriorityDescCreatedAtAsc,
            ConversationType = ConversationTypeFilter.Unattended,
            SourceId = "abc",
            UpdatedWithin = TimeSpan.FromHours(1),
        });

        path.Should().Be(
            "api/v1/accounts/1/conversations?assignee_type=unassigned&status=all&q=refund%20%26%20more&inbox_id=4&team_id=9"
            + "&labels[]=billing&labels[]=vip&page=2&sort_by=priority_desc_created_at_asc&conversation_type=unattended"
            + "&source_id=abc&updated_within=3600");
    }

    [Theory]
    [InlineData(AssigneeTypeFilter.Me, "assignee_type=me")]
    [InlineData(AssigneeTypeFilter.Assigned, "assignee_type=assigned")]
    [InlineData(AssigneeTypeFilter.All, "assignee_type=all")]
    public void ConversationsPath_AssigneeType_IsWritten(AssigneeTypeFilter type, string expected)
    {
        ChatwootRequestWriter.ConversationsPath(1, new ListConversationsRequest { AssigneeType = type }).Should().EndWith("?" + expected);
    }

    [Theory]
    [InlineData(ConversationSortOrder.LastActivityAtDesc, "last_activity_at_desc")]
    [InlineData(ConversationSortOrder.LastActivityAtAsc, "last_activity_at_asc")]
    [InlineData(ConversationSortOrder.CreatedAtAsc, "created_at_asc")]
    [InlineData(ConversationSortOrder.CreatedAtDesc, "created_at_desc")]
    [InlineData(ConversationSortOrder.PriorityAsc, "priority_asc")]
    [InlineData(ConversationSortOrder.PriorityDesc, "priority_desc")]
    [InlineData(ConversationSortOrder.WaitingSinceAsc, "waiting_since_asc")]
    [InlineData(ConversationSortOrder.WaitingSinceDesc, "waiting_since_desc")]
    [InlineData(ConversationSortOrder.Unread, "unread")]
    public void ConversationsPath_SortBy_IsWritten(ConversationSortOrder sort, string expected)
    {
        ChatwootRequestWriter.ConversationsPath(1, new ListConversationsRequest { SortBy = sort }).Should().EndWith("?sort_by=" + expected);
    }

    [Fact]
    public void ConversationsPath_EmptyOrBlankValues_AreNeverSent()
    {
        var path = ChatwootRequestWriter.ConversationsPath(1, new ListConversationsRequest
        {
            Query = "",
            SourceId = "   ",
            Labels = ["", " ", "vip"],
        });

        path.Should().Be("api/v1/accounts/1/conversations?labels[]=vip");
    }

    [Fact]
    public void ConversationsPath_EmptyLabelList_SendsNoLabelsParameter()
    {
        ChatwootRequestWriter.ConversationsPath(1, new ListConversationsRequest { Labels = [] })
            .Should().NotContain("labels");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ConversationsPath_PageBelowOne_Throws(int page)
    {
        var act = () => ChatwootRequestWriter.ConversationsPath(1, new ListConversationsRequest { Page = page });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FilterPath_WithAndWithoutPage_AddsPageOnlyWhenGiven()
    {
        ChatwootRequestWriter.FilterPath(2, new FilterConversationsRequest()).Should().Be("api/v1/accounts/2/conversations/filter");
        ChatwootRequestWriter.FilterPath(2, new FilterConversationsRequest { Page = 3 }).Should().Be("api/v1/accounts/2/conversations/filter?page=3");
    }

    [Fact]
    public void FilterBody_Conditions_AreWrittenInChatwootShapeWithTypedValues()
    {
        var body = ChatwootRequestWriter.FilterBody(new FilterConversationsRequest
        {
            Payload =
            [
                new FilterCondition("status", "equal_to", ["open", "pending"], FilterQueryOperator.And),
                new FilterCondition("inbox_id", "equal_to", [1, 2L], FilterQueryOperator.Or),
                new FilterCondition("amount", "is_greater_than", [12.5m], FilterQueryOperator.And),
                new FilterCondition("vip", "equal_to", [true], FilterQueryOperator.And),
                new FilterCondition("created_at", "is_less_than", [new DateOnly(2026, 1, 31)]),
            ],
        });

        using var doc = JsonDocument.Parse(body);
        var payload = doc.RootElement.GetProperty("payload");
        payload.GetArrayLength().Should().Be(5);
        payload[0].GetRawText().Should().Be(
            """{"attribute_key":"status","filter_operator":"equal_to","values":["open","pending"],"query_operator":"AND"}""");
        payload[1].GetProperty("values").GetRawText().Should().Be("[1,2]");
        payload[1].GetProperty("query_operator").GetString().Should().Be("OR");
        payload[2].GetProperty("values").GetRawText().Should().Be("[12.5]");
        payload[3].GetProperty("values").GetRawText().Should().Be("[true]");
        payload[4].GetProperty("values").GetRawText().Should().Be("""["2026-01-31"]""");
        payload[4].GetProperty("query_operator").ValueKind.Should().Be(JsonValueKind.Null, "the last condition carries a null operator");
    }

    [Fact]
    public void FilterBody_EmptyPayload_IsAnEmptyList()
    {
        var body = ChatwootRequestWriter.FilterBody(new FilterConversationsRequest());

        System.Text.Encoding.UTF8.GetString(body).Should().Be("""{"payload":[]}""");
    }

    [Fact]
    public void FilterBody_LastConditionWithOperator_ThrowsBeforeChatwootCould500()
    {
        var act = () => ChatwootRequestWriter.FilterBody(new FilterConversationsRequest
        {
            Payload = [new FilterCondition("status", "equal_to", ["open"], FilterQueryOperator.And)],
        });

        act.Should().Throw<ArgumentException>().WithMessage("*last filter condition*");
    }

    [Fact]
    public void FilterBody_MiddleConditionWithoutOperator_Throws()
    {
        var act = () => ChatwootRequestWriter.FilterBody(new FilterConversationsRequest
        {
            Payload = [new FilterCondition("status", "equal_to", ["open"]), new FilterCondition("priority", "equal_to", ["high"])],
        });

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FilterBody_UnsupportedValueType_Throws()
    {
        var act = () => ChatwootRequestWriter.FilterBody(new FilterConversationsRequest
        {
            Payload = [new FilterCondition("status", "equal_to", [new object()])],
        });

        act.Should().Throw<ArgumentException>().WithMessage("*Filter values*");
    }

    [Fact]
    public void FilterBody_BlankAttributeKey_Throws()
    {
        var act = () => ChatwootRequestWriter.FilterBody(new FilterConversationsRequest
        {
            Payload = [new FilterCondition(" ", "equal_to", ["x"])],
        });

        act.Should().Throw<ArgumentException>();
    }
}
