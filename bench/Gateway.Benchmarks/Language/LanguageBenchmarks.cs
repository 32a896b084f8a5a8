using System.Text;
using BenchmarkDotNet.Attributes;
using Gateway.GraphQL.Language;

namespace Gateway.Benchmarks.Language;

/// <summary>Lexing and parsing the introspection query and a 2 KB front-end query, from .NET strings and from UTF-8 bytes.</summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private static readonly byte[] IntrospectionUtf8 = Encoding.UTF8.GetBytes(BenchmarkQueries.Introspection);
    private static readonly byte[] FrontEndUtf8 = Encoding.UTF8.GetBytes(BenchmarkQueries.FrontEnd);

    [Benchmark]
    public int Lex_Introspection() => Lex(IntrospectionUtf8);

    [Benchmark]
    public int Lex_FrontEnd() => Lex(FrontEndUtf8);

    [Benchmark]
    public DocumentNode Parse_Introspection() => Parser.Parse(BenchmarkQueries.Introspection);

    [Benchmark]
    public DocumentNode Parse_FrontEnd() => Parser.Parse(BenchmarkQueries.FrontEnd);

    [Benchmark]
    public DocumentNode ParseUtf8_FrontEnd() => Parser.Parse(FrontEndUtf8);

    [Benchmark]
    public DocumentNode ParseNoLocation_FrontEnd() => Parser.Parse(FrontEndUtf8, NoLocation);

    private static readonly ParserOptions NoLocation = new() { NoLocation = true };

    private static int Lex(byte[] source)
    {
        var lexer = new Lexer(source);
        var count = 0;
        while (lexer.Read().Kind != TokenKind.EndOfFile)
        {
            count++;
        }

        return count;
    }
}
