using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Http;

namespace Gateway.Benchmarks;

/// <summary>
/// Writing one GraphQL response of 25 objects (each with a nested object and a list) as the HTTP endpoint does
/// (<see cref="ExecutionResultSerializer"/> over a reused buffer), against System.Text.Json's <c>JsonSerializer</c> over
/// an equivalent dictionary tree as the baseline.
/// Run: <c>dotnet run -c Release --project bench/Gateway.Benchmarks -- --filter '*ResponseSerializationBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ResponseSerializationBenchmarks
{
    private const int Objects = 25;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private ExecutionResult _result = null!;
    private Dictionary<string, object?> _dictionaryTree = null!;

    [GlobalSetup]
    public void Setup()
    {
        var nodes = new List<object?>(Objects);
        var dictionaryNodes = new List<object?>(Objects);
        for (var i = 0; i < Objects; i++)
        {
            var sender = new ResultMap();
            sender.Add("id", i * 10);
            sender.Add("name", $"Contact {i}");
            sender.Add("email", $"contact{i}@example.com");
            var node = new ResultMap();
            node.Add("id", i);
            node.Add("status", "OPEN");
            node.Add("unreadCount", i % 4);
            node.Add("labels", new List<object?> { "billing", "vip" });
            node.Add("createdAt", "2024-05-01T10:00:00Z");
            node.Add("sender", sender);
            nodes.Add(node);

            dictionaryNodes.Add(new Dictionary<string, object?>
            {
                ["id"] = i,
                ["status"] = "OPEN",
                ["unreadCount"] = i % 4,
                ["labels"] = new List<object?> { "billing", "vip" },
                ["createdAt"] = "2024-05-01T10:00:00Z",
                ["sender"] = new Dictionary<string, object?> { ["id"] = i * 10, ["name"] = $"Contact {i}", ["email"] = $"contact{i}@example.com" },
            });
        }

        var page = new ResultMap();
        page.Add("nodes", nodes);
        var data = new ResultMap();
        data.Add("conversations", page);
        _result = ExecutionResult.FromData(data);
        _dictionaryTree = new Dictionary<string, object?>
        {
            ["data"] = new Dictionary<string, object?> { ["conversations"] = new Dictionary<string, object?> { ["nodes"] = dictionaryNodes } },
        };
    }

    [Benchmark(Baseline = true)]
    public int SystemTextJsonDictionaries()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, ExecutionResultSerializer.WriterOptions);
        JsonSerializer.Serialize(writer, _dictionaryTree);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int ExecutionResultSerializerWrite()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, ExecutionResultSerializer.WriterOptions);
        ExecutionResultSerializer.Write(writer, _result);
        writer.Flush();
        return _buffer.WrittenCount;
    }
}
