using Chatwoot.Simulator;
using Gateway.Cli;
using Gateway.Tests.Clients.Results;
using Gateway.Tests.Hosting;

namespace Gateway.Tests.Clients;

/// <summary>
/// The gateway through a typed .NET client: operations kept as .graphql files, validated against the published
/// schema, results read into records.
/// </summary>
public sealed class TypedClientTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private GatewayClient Client(string? token = SimulatorData.DemoToken) => new(gateway.Client, gateway.GraphQLEndpoint, token);

    [Fact]
    public void Validate_ClientOperations_AreValidAgainstPublishedSchema()
    {
        var files = OperationDocuments.Files;

        var (exitCode, output) = OperationDocuments.Validate(files);

        files.Should().HaveCountGreaterThanOrEqualTo(2);
        exitCode.Should().Be(ValidateCommand.Valid, output);
    }

    [Fact]
    public void Validate_OperationSelectingUnknownField_IsRejected()
    {
        var file = Path.Combine(Path.GetTempPath(), $"client-op-{Guid.NewGuid():N}.graphql");
        File.WriteAllText(file, "query Broken { conversations { nodes { id subject } } }");
        try
        {
            var (exitCode, output) = OperationDocuments.Validate([file]);

            exitCode.Should().Be(ValidateCommand.Invalid);
            output.Should().Contain("Cannot query field \\\"subject\\\" on type \\\"Conversation\\\".");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ConversationList_OpenConversations_ReturnsTypedPageWithSenderAndAssigneeNames()
    {
        gateway.ResetSimulator();

        var response = await Client().ExecuteAsync(GatewayOperations.ConversationList, new ConversationListVariables(ConversationStatusFilter.Open), CancellationToken.None);

        var page = response.EnsureData().Conversations!;
        page.Nodes.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(25);
        page.Nodes.Should().OnlyContain(c => c.Status == ConversationStatus.Open);
        page.Nodes.Should().OnlyContain(c => c.Sender != null && !string.IsNullOrEmpty(c.Sender.Name));
        page.Nodes.Should().Contain(c => c.Assignee != null && !string.IsNullOrEmpty(c.Assignee.Name));
        page.Counts.All.Should().BeGreaterThanOrEqualTo(page.Nodes.Count);
        page.Counts.Assigned.Should().Be(page.Counts.All - page.Counts.Unassigned);
        page.Nodes.Select(c => c.LastActivityAt).Should().BeInDescendingOrder("Chatwoot sorts by last activity by default");
        gateway.UpstreamCalls().Should().ContainSingle().Which.Should().StartWith("GET /api/v1/accounts/1/conversations?");
    }

    [Fact]
    public async Task ConversationList_LabelAndPage_ReturnsOnlyLabelledConversationsOfThatPage()
    {
        gateway.ResetSimulator();
        var client = Client();
        var first = (await client.ExecuteAsync(GatewayOperations.ConversationList, new ConversationListVariables(ConversationStatusFilter.All), CancellationToken.None)).EnsureData().Conversations!;
        var label = first.Nodes.SelectMany(c => c.Labels).First();

        var labelled = (await client.ExecuteAsync(GatewayOperations.ConversationList, new ConversationListVariables(ConversationStatusFilter.All, Labels: [label]), CancellationToken.None)).EnsureData().Conversations!;
        var second = (await client.ExecuteAsync(GatewayOperations.ConversationList, new ConversationListVariables(ConversationStatusFilter.All, Page: 2), CancellationToken.None)).EnsureData().Conversations!;

        labelled.Nodes.Should().NotBeEmpty().And.OnlyContain(c => c.Labels.Contains(label));
        labelled.Counts.All.Should().BeLessThan(first.Counts.All);
        first.HasNextPage.Should().BeTrue();
        second.Nodes.Select(c => c.Id).Should().NotIntersectWith(first.Nodes.Select(c => c.Id));
    }

    [Fact]
    public async Task FilteredConversations_PriorityInHighOrUrgent_ReturnsOnlyThosePriorities()
    {
        gateway.ResetSimulator();
        var filter = new ConversationFilterInput(Priority: new PriorityOperationInput(In: [Priority.High, Priority.Urgent]));

        var response = await Client().ExecuteAsync(GatewayOperations.FilteredConversations, new FilteredConversationsVariables(filter, ConversationStatusFilter.All), CancellationToken.None);

        var page = response.EnsureData().Conversations!;
        page.Nodes.Should().NotBeEmpty().And.OnlyContain(c => c.Priority == Priority.High || c.Priority == Priority.Urgent);
        gateway.LastFilterBody().Should().Contain("\"priority\"").And.Contain("\"high\"").And.Contain("\"urgent\"");
    }

    [Fact]
    public async Task FilteredConversations_EmptyInList_ReturnsBadUserInputWithoutUpstreamCall()
    {
        gateway.ResetSimulator();
        var filter = new ConversationFilterInput(Labels: new LabelOperationInput(In: []));

        var response = await Client().ExecuteAsync(GatewayOperations.FilteredConversations, new FilteredConversationsVariables(filter), CancellationToken.None);

        response.Data?.Conversations.Should().BeNull();
        response.Errors.Should().ContainSingle().Which.Code.Should().Be("BAD_USER_INPUT");
        gateway.UpstreamCalls().Should().BeEmpty();
    }

    [Fact]
    public async Task ConversationList_UnknownToken_ReturnsUnauthenticatedOnConversations()
    {
        gateway.ResetSimulator();

        var response = await Client("not-a-token").ExecuteAsync(GatewayOperations.ConversationList, new ConversationListVariables(), CancellationToken.None);

        response.Data?.Conversations.Should().BeNull();
        var error = response.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("UNAUTHENTICATED");
        error.PathText.Should().Be("conversations");
        error.Message.Should().NotContain("not-a-token");
    }
}
