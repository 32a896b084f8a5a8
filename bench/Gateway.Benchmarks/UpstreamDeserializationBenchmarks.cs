using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Gateway.Upstream;

namespace Gateway.Benchmarks;

/// <summary>
/// What reading a 25-conversation Chatwoot page costs the client: the source-generated contract read (both shapes, and
/// through a stream as the client does it) against the floor of merely parsing the same bytes into a JsonDocument.
/// </summary>
[MemoryDiagnoser]
public class UpstreamDeserializationBenchmarks
{
    private byte[] _listPage = [];
    private byte[] _filterPage = [];

    [GlobalSetup]
    public void Setup()
    {
        _listPage = UpstreamPageJson.ListPage(25);
        _filterPage = UpstreamPageJson.FilterPage(25);
        Console.WriteLine($"// list page {_listPage.Length} bytes, filter page {_filterPage.Length} bytes");

        // Warm the source-generated readers past tiered JIT's first tier, so the first benchmark is not penalised.
        for (var i = 0; i < 200; i++)
        {
            ListPage_Wrapped();
            FilterPage_Unwrapped();
        }
    }

    /// <summary>The floor: parse the bytes, build nothing.</summary>
    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_listPage);
        return document.RootElement.GetProperty("data").GetProperty("payload").GetArrayLength();
    }

    [Benchmark]
    public int ListPage_Wrapped() =>
        JsonSerializer.Deserialize(_listPage, ChatwootJsonContext.Default.ConversationPageEnvelope)!.ToPage()!.Conversations.Count;

    [Benchmark]
    public int FilterPage_Unwrapped() =>
        JsonSerializer.Deserialize(_filterPage, ChatwootJsonContext.Default.ConversationPageEnvelope)!.ToPage()!.Conversations.Count;

    /// <summary>
    /// As <see cref="ChatwootClient"/> reads it: synchronously from the pooled response buffer, attribute blobs cut out of
    /// it as bytes (parsed only when read).
    /// </summary>
    [Benchmark]
    public int ListPage_ClientBuffer()
    {
        using (JsonInputScope.Enter(_listPage))
        {
            return JsonSerializer.Deserialize(_listPage, ChatwootJsonContext.Default.ConversationPageEnvelope)!.ToPage()!.Conversations.Count;
        }
    }

    /// <summary>The worst case for the deferred blobs: a query that reads every attribute blob of the page.</summary>
    [Benchmark]
    public int ListPage_ClientBuffer_ReadEveryBlob()
    {
        using (JsonInputScope.Enter(_listPage))
        {
            var kinds = 0;
            foreach (var c in JsonSerializer.Deserialize(_listPage, ChatwootJsonContext.Default.ConversationPageEnvelope)!.ToPage()!.Conversations)
            {
                kinds += (int)c.AdditionalAttributes!.Value.ValueKind + (int)c.CustomAttributes!.Value.ValueKind
                    + (int)c.Meta.Sender!.AdditionalAttributes!.Value.ValueKind + (int)c.Meta.Sender.CustomAttributes!.Value.ValueKind
                    + (int)c.Messages[0].ContentAttributes!.Value.ValueKind;
            }

            return kinds;
        }
    }

    /// <summary>Asynchronously from a stream (the client's read before it buffered bodies itself).</summary>
    [Benchmark]
    public async Task<int> ListPage_FromStream()
    {
        using var stream = new MemoryStream(_listPage, writable: false);
        var envelope = await JsonSerializer.DeserializeAsync(stream, ChatwootJsonContext.Default.ConversationPageEnvelope);
        return envelope!.ToPage()!.Conversations.Count;
    }
}
