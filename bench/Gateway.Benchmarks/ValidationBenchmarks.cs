using BenchmarkDotNet.Attributes;
using Gateway.Benchmarks.Validation;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.Benchmarks;

/// <summary>
/// Validation with every specified rule: the introspection query and a realistic 2 KB front-end query against a
/// 50-type schema, alone and together with parsing (the target: parse + validate of the front-end query under 50 µs).
/// Run: <c>dotnet run -c Release --project bench/Gateway.Benchmarks -- --filter '*ValidationBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly Schema _schema = Schema.FromSdl(ValidationBenchmarkSchema.Sdl);
    private readonly DocumentNode _frontEnd = Parser.Parse(ValidationBenchmarkDocuments.FrontEndQuery);
    private readonly DocumentNode _introspection = Parser.Parse(ValidationBenchmarkDocuments.IntrospectionQuery);

    [GlobalSetup]
    public void EnsureDocumentsAreValid()
    {
        if (DocumentValidator.Validate(_schema, _frontEnd).Count != 0 || DocumentValidator.Validate(_schema, _introspection).Count != 0)
        {
            throw new InvalidOperationException("The benchmark documents must be valid.");
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateFrontEndQuery() => DocumentValidator.Validate(_schema, _frontEnd);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ParseAndValidateFrontEndQuery() =>
        DocumentValidator.Validate(_schema, Parser.Parse(ValidationBenchmarkDocuments.FrontEndQuery));

    [Benchmark]
    public IReadOnlyList<GraphQLError> ValidateIntrospectionQuery() => DocumentValidator.Validate(_schema, _introspection);
}
