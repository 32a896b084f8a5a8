using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Faults;

public sealed class FaultTests
{
    private const string List = "api/v1/accounts/1/conversations";

    [Fact]
    public async Task Fault_ErrorRateOne_AnswersTheErrorStatusOnThatEndpointOnly()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        sim.State.Faults.Add(new FaultRule { Endpoint = SimulatorEndpoints.ConversationsList, ErrorRate = 1.0, ErrorStatus = 503 });

        var (listStatus, _) = await sim.GetAsync(List);
        var (teamsStatus, _) = await sim.GetAsync("api/v1/accounts/1/teams");

        listStatus.Should().Be(HttpStatusCode.ServiceUnavailable);
        teamsStatus.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Fault_Burst429_ThrottlesTheNextRequestsThenRecovers()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        sim.State.Faults.Add(new FaultRule { Burst429 = 2 });

        using var first = await Send(sim);
        using var second = await Send(sim);
        using var third = await Send(sim);

        first.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        first.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await first.Content.ReadAsStringAsync()).Should().Be("Retry later");
        first.Headers.RetryAfter.Should().BeNull();
        second.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        third.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Fault_Burst429WithRetryAfter_SendsTheHeader()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        sim.State.Faults.Add(new FaultRule { Burst429 = 1, RetryAfterSeconds = 7 });

        using var response = await Send(sim);

        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task Fault_Latency_DelaysTheResponse()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        sim.State.Faults.Add(new FaultRule { LatencyMs = 300 });
        var watch = Stopwatch.StartNew();

        using var response = await Send(sim);

        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Fault_Hang_NeverAnswersUntilTheClientGivesUp()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        sim.State.Faults.Add(new FaultRule { Hang = true });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        using var request = new HttpRequestMessage(HttpMethod.Get, List);
        request.Headers.Add("api_access_token", AdminToken);

        var act = () => sim.Http.SendAsync(request, timeout.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Fault_DropConnection_FailsTheRequestWithoutAResponse()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        sim.State.Faults.Add(new FaultRule { DropConnection = true });

        var act = () => Send(sim);

        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task Fault_MalformedJson_Returns200WithUnparsableBody()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        sim.State.Faults.Add(new FaultRule { MalformedJson = true });

        using var response = await Send(sim);
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var act = () => JsonDocument.Parse(text);
        act.Should().Throw<JsonException>();
    }

    [Fact]
    public async Task Fault_Times_RetiresTheRuleAfterThatManyRequests()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        sim.State.Faults.Add(new FaultRule { ErrorRate = 1.0, Times = 2 });

        using var first = await Send(sim);
        using var second = await Send(sim);
        using var third = await Send(sim);

        first.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        second.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        third.StatusCode.Should().Be(HttpStatusCode.OK);
        sim.State.Faults.Rules.Should().BeEmpty();
    }

    [Fact]
    public async Task AdminFaults_PostAndDelete_InstallAndClearRules()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        using var post = await sim.Http.PostAsync("__admin/faults", new StringContent(
            """{"endpoint":"conversations.filter","error_rate":1,"error_status":502}""", Encoding.UTF8, "application/json"));
        var (filterStatus, _) = await sim.FilterRawAsync("""{"payload":[]}""");
        using var delete = await sim.Http.DeleteAsync("__admin/faults");
        var (afterStatus, _) = await sim.FilterRawAsync("""{"payload":[]}""");

        post.StatusCode.Should().Be(HttpStatusCode.Created);
        filterStatus.Should().Be(HttpStatusCode.BadGateway);
        delete.StatusCode.Should().Be(HttpStatusCode.NoContent);
        afterStatus.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AdminFaults_DocumentedRuleJson_IsReadFieldByField()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));
        const string Json = """
            {"endpoint":"conversations.list","latency_ms":200,"latency_max_ms":800,"error_rate":0.3,"error_status":503,
             "burst429":3,"retry_after_seconds":2,"hang":false,"drop_connection":false,"malformed_json":true,"probability":0.5,"times":5}
            """;

        using var post = await sim.Http.PostAsync("__admin/faults", new StringContent(Json, Encoding.UTF8, "application/json"));

        post.StatusCode.Should().Be(HttpStatusCode.Created);
        var rule = sim.State.Faults.Rules.Single();
        rule.Endpoint.Should().Be(SimulatorEndpoints.ConversationsList);
        rule.LatencyMs.Should().Be(200);
        rule.LatencyMaxMs.Should().Be(800);
        rule.ErrorRate.Should().Be(0.3);
        rule.ErrorStatus.Should().Be(503);
        rule.Burst429.Should().Be(3);
        rule.RetryAfterSeconds.Should().Be(2);
        rule.MalformedJson.Should().BeTrue();
        rule.Probability.Should().Be(0.5);
        rule.Times.Should().Be(5);
    }

    [Fact]
    public async Task AdminFaults_InvalidJson_Returns400()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        using var post = await sim.Http.PostAsync("__admin/faults", new StringContent("{nope", Encoding.UTF8, "application/json"));

        post.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static async Task<HttpResponseMessage> Send(Sim sim)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, List);
        request.Headers.Add("api_access_token", AdminToken);
        return await sim.Http.SendAsync(request);
    }
}
