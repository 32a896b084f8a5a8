using System.Text;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Limits;

namespace Gateway.GraphQL.Tests.Limits;

public sealed class OperationLimitsAnalyzerTests
{
    /// <summary>An introspection query shaped like graphql-js getIntrospectionQuery (types, fields, args, ofType nine deep).</summary>
    internal const string FullIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations isRepeatable args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description specifiedByURL
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;

    [Fact]
    public void Analyze_FullIntrospectionQuery_PassesTheDefaults()
    {
        OperationLimitsAnalyzer.Analyze(Parser.Parse(FullIntrospection), new OperationLimitsOptions()).Should().BeNull();
    }

    [Fact]
    public void Analyze_DeeperThanMaxExecutionDepth_NamesTheLimit()
    {
        var error = OperationLimitsAnalyzer.Analyze(Parser.Parse("{ a { b { c { d } } } }"), new OperationLimitsOptions { MaxExecutionDepth = 3 });

        error.Should().NotBeNull();
        error!.Code.Should().Be(ErrorCodes.MaxExecutionDepthExceeded);
        error.Message.Should().Contain("maximum execution depth of 3").And.Contain("GraphQL:Limits:MaxExecutionDepth");
        error.Locations.Should().ContainSingle().Which.Should().Be(new SourceLocation(1, 15));
    }

    [Fact]
    public void Analyze_DepthThroughFragments_CountsTheExpandedDepth()
    {
        const string Query = "{ a { ...F } } fragment F on A { b { ...G } } fragment G on B { c { d } }";

        OperationLimitsAnalyzer.Analyze(Parser.Parse(Query), new OperationLimitsOptions { MaxExecutionDepth = 4 }).Should().BeNull();
        OperationLimitsAnalyzer.Analyze(Parser.Parse(Query), new OperationLimitsOptions { MaxExecutionDepth = 3 })!.Code
            .Should().Be(ErrorCodes.MaxExecutionDepthExceeded);
    }

    [Fact]
    public void Analyze_MoreFieldsAndAliasesThanMaxFields_NamesTheLimit()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 30; i++)
        {
            query.Append('a').Append(i).Append(": x ");
        }

        var error = OperationLimitsAnalyzer.Analyze(Parser.Parse(query.Append('}').ToString()), new OperationLimitsOptions { MaxFields = 25 });

        error!.Code.Should().Be(ErrorCodes.MaxOperationFieldsExceeded);
        error.Message.Should().Contain("25").And.Contain("GraphQL:Limits:MaxFields");
    }

    [Fact]
    public void Analyze_FragmentFanOut_StopsAtMaxFragmentVisits()
    {
        // Ten fragments each spreading the next ten times: 10^9 expansions if walked naively.
        var query = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 10; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Query { ");
            for (var j = 0; j < 10; j++)
            {
                query.Append(i == 9 ? "x " : $"...F{i + 1} ");
            }

            query.Append("}\n");
        }

        var error = OperationLimitsAnalyzer.Analyze(Parser.Parse(query.ToString()), new OperationLimitsOptions { MaxFields = 0 });

        error!.Code.Should().Be(ErrorCodes.MaxFragmentVisitsExceeded);
        error.Message.Should().Contain("1000").And.Contain("GraphQL:Limits:MaxFragmentVisits");
    }

    [Fact]
    public void Analyze_FragmentCycle_ReportsTheCycleInsteadOfRecursing()
    {
        var error = OperationLimitsAnalyzer.Analyze(
            Parser.Parse("{ ...A } fragment A on Query { x ...B } fragment B on Query { y ...A }"),
            new OperationLimitsOptions());

        error!.Code.Should().Be(ErrorCodes.ValidationFailed);
        error.Message.Should().Be("Cannot spread fragment \"A\" within itself.");
    }

    [Fact]
    public void Analyze_NestedIntrospectionListFields_ReturnsIntrospectionDepthError()
    {
        var error = OperationLimitsAnalyzer.Analyze(
            Parser.Parse("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"),
            new OperationLimitsOptions());

        error!.Code.Should().Be(ErrorCodes.IntrospectionDepthExceeded);
        error.Message.Should().Contain("GraphQL:Limits:MaxIntrospectionListDepth");
    }

    [Fact]
    public void Analyze_OfTypeChainDeeperThanTheLimit_ReturnsIntrospectionDepthError()
    {
        var query = "{ __type(name: \"Query\") { " + string.Concat(Enumerable.Repeat("ofType { ", 20)) + "name" + new string('}', 21) + " }";

        var error = OperationLimitsAnalyzer.Analyze(Parser.Parse(query), new OperationLimitsOptions());

        error!.Code.Should().Be(ErrorCodes.IntrospectionDepthExceeded);
        error.Message.Should().Contain("ofType").And.Contain("16");
    }

    [Fact]
    public void Analyze_LimitSetToZero_IsSwitchedOff()
    {
        OperationLimitsAnalyzer.Analyze(Parser.Parse("{ a { b { c } } }"), new OperationLimitsOptions { MaxExecutionDepth = 0 }).Should().BeNull();
    }
}
