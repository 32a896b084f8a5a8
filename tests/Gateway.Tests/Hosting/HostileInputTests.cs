using System.Net.Sockets;
using System.Text;
using Gateway.GraphQL.Errors;

namespace Gateway.Tests.Hosting;

/// <summary>
/// The hostile-input corpus against a real gateway on loopback: each request is refused with a 4xx and its own
/// code, and the gateway still answers a normal request afterwards.
/// </summary>
public sealed class HostileInputTests : IClassFixture<HostileInputFixture>
{
    private readonly ProtectedGateway _gateway;

    public HostileInputTests(HostileInputFixture fixture)
    {
        _gateway = fixture.Gateway;
    }

    [Fact]
    public async Task Post_SelectionsNested10000Deep_Answers400MaxDepthExceeded()
    {
        var query = string.Concat(Enumerable.Repeat("{a", 10_000)) + new string('}', 10_000);

        await AssertRefusedAsync(Json(new { query }), 400, ErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public async Task Post_100000Aliases_Answers400MaxFieldsExceeded()
    {
        // 400 KB: under the body limit, so the parser's field limit (2048) refuses it before anything is built.
        var query = "{" + string.Concat(Enumerable.Repeat("a:b ", 100_000)) + "}";

        await AssertRefusedAsync(Json(new { query }), 400, ErrorCodes.MaxFieldsExceeded);
    }

    [Fact]
    public async Task Post_FragmentCycle_Answers400ValidationFailed()
    {
        const string Query = "{ ...A } fragment A on Query { __typename ...B } fragment B on Query { __typename ...A }";

        await AssertRefusedAsync(Json(new { query = Query }), 400, ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Post_FragmentFanOut_Answers400MaxFragmentVisitsExceeded()
    {
        // Eleven levels of fragments, each spreading the next ten times: 10^10 expansions if walked naively.
        var query = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 11; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Query { ").Append(string.Concat(Enumerable.Repeat($"...F{i + 1} ", 10))).Append("}\n");
        }

        query.Append("fragment F11 on Query { __typename }");

        await AssertRefusedAsync(Json(new { query = query.ToString() }), 400, ErrorCodes.MaxFragmentVisitsExceeded);
    }

    [Fact]
    public async Task Post_10MegabyteString_Answers413RequestTooLarge()
    {
        await AssertRefusedAsync(Json(new { query = "{ __typename }", variables = new { s = new string('x', 10 * 1024 * 1024) } }), 413, ErrorCodes.RequestTooLarge);
    }

    [Fact]
    public async Task Post_InvalidUtf8_Answers400BadRequest()
    {
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"operationName\":\"X\"}");
        body[body.Length - 3] = 0xFF;

        await AssertRefusedAsync(body, 400, ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Post_JsonNested100000Deep_Answers400BadRequest()
    {
        var body = "{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + new string('[', 100_000) + new string(']', 100_000) + "}}";

        await AssertRefusedAsync(Encoding.UTF8.GetBytes(body), 400, ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Post_VariableOfTheWrongType_Answers400BadUserInput()
    {
        var body = Json(new { query = "query($p: Int) { conversations(page: $p) { page } }", variables = new { p = "abc" } });

        await AssertRefusedAsync(body, 400, ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task Post_EnormousListForAnIntVariable_Answers400BadUserInput()
    {
        var body = Json(new { query = "query($p: Int) { conversations(page: $p) { page } }", variables = new { p = Enumerable.Range(0, 100_000).ToArray() } });

        await AssertRefusedAsync(body, 400, ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task Post_EnormousListVariable_Answers400InputListTooLong()
    {
        var labels = Enumerable.Range(0, 100_000).Select(i => "l" + i).ToArray();
        var body = Json(new { query = "query($l: [String!]) { conversations(labels: $l) { page } }", variables = new { l = labels } });

        await AssertRefusedAsync(body, 400, ErrorCodes.InputListTooLong);
    }

    [Fact]
    public async Task Post_DuplicateJsonKeys_Answers400BadRequest()
    {
        const string Body = """{"query":"{ __typename }","query":"{ conversations { page } }"}""";

        var body = await AssertRefusedAsync(Encoding.UTF8.GetBytes(Body), 400, ErrorCodes.BadRequest);

        body.Should().Contain("more than once");
    }

    [Fact]
    public async Task Post_IntrospectionListCycle_Answers400IntrospectionDepthExceeded()
    {
        const string Query = "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }";

        await AssertRefusedAsync(Json(new { query = Query }), 400, ErrorCodes.IntrospectionDepthExceeded);
    }

    [Fact]
    public async Task Post_DeepOfTypeChain_Answers400IntrospectionDepthExceeded()
    {
        var query = "{ __type(name: \"Query\") { " + string.Concat(Enumerable.Repeat("ofType { ", 40)) + "name" + new string('}', 41) + " }";

        await AssertRefusedAsync(Json(new { query }), 400, ErrorCodes.IntrospectionDepthExceeded);
    }

    [Fact]
    public async Task Post_BatchOf10000Operations_Answers400SayingBatchingIsNotSupported()
    {
        var batch = Enumerable.Range(0, 10_000).Select(_ => new { query = "{ __typename }" }).ToArray();

        var body = await AssertRefusedAsync(Json(batch), 400, ErrorCodes.BadRequest);

        body.Should().Contain("batched requests (a JSON array of operations) are not supported");
    }

    [Fact]
    public async Task Post_SlowLorisBody_IsCutOffWhileOtherClientsAreServed()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(_gateway.Address.Host, _gateway.Address.Port);
        var stream = socket.GetStream();
        var head = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"query\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        await AssertServesNormalRequestAsync();
        var answer = await ReadUntilClosedAsync(stream);

        // Kestrel answers 408 (or just closes) once the body rate falls below the minimum after the grace period.
        (answer.Length == 0 || answer.StartsWith("HTTP/1.1 408", StringComparison.Ordinal) || answer.StartsWith("HTTP/1.1 400", StringComparison.Ordinal))
            .Should().BeTrue($"the stalled body must be cut off, got: {answer}");
    }

    [Fact]
    public async Task Request_SlowLorisHeaders_IsCutOffWhileOtherClientsAreServed()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(_gateway.Address.Host, _gateway.Address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /graphql HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));

        await AssertServesNormalRequestAsync();
        var answer = await ReadUntilClosedAsync(stream);

        (answer.Length == 0 || answer.StartsWith("HTTP/1.1 408", StringComparison.Ordinal))
            .Should().BeTrue($"the stalled headers must be cut off, got: {answer}");
    }

    [Fact]
    public async Task Post_NormalQuery_StillSucceeds()
    {
        await AssertServesNormalRequestAsync();
    }

    private static byte[] Json(object value) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value);

    private async Task<string> AssertRefusedAsync(byte[] body, int status, string code)
    {
        var (actualStatus, text, response) = await _gateway.PostAsync(body);
        response.Dispose();

        actualStatus.Should().Be(status, text.Length > 500 ? text[..500] : text);
        ProtectedGateway.FirstErrorCode(text).Should().Be(code);
        await AssertServesNormalRequestAsync();
        return text;
    }

    private async Task AssertServesNormalRequestAsync()
    {
        var (status, text, response) = await _gateway.PostTextAsync("""{"query":"{ conversations { page pageSize } }"}""");
        response.Dispose();

        status.Should().Be(200, text);
        text.Should().Be("""{"data":{"conversations":{"page":1,"pageSize":25}}}""");
    }

    private static async Task<string> ReadUntilClosedAsync(NetworkStream stream)
    {
        var buffer = new byte[4096];
        var answer = new StringBuilder();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, guard.Token)) > 0)
            {
                answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
        catch (IOException)
        {
            // A reset connection is a cut-off too.
        }

        return answer.ToString();
    }
}
