using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Types.ScalarTestHelpers;

namespace Gateway.GraphQL.Tests.Types;

public sealed class JsFormatTests
{
    [Theory]
    [InlineData("""{"a":{"b":{"c":1}}}""", "{ a: { b: [Object] } }")]
    [InlineData("""[[[1]]]""", "[[[Array]]]")]
    [InlineData("""[1,2,3,4,5,6,7,8,9,10,11,12]""", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]")]
    [InlineData("""{}""", "{}")]
    [InlineData("""null""", "null")]
    [InlineData("\"a\\\"b\\n\"", "\"a\\\"b\\n\"")]
    public void Inspect_JsonValues_MatchGraphQLJsInspect(string json, string expected)
    {
        JsFormat.Inspect(Json(json)).Should().Be(expected);
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(123456789012.0, "123456789012")]
    [InlineData(1e300, "1e+300")]
    public void Number_Doubles_MatchJavaScriptToString(double value, string expected)
    {
        JsFormat.Number(value).Should().Be(expected);
    }
}
