using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Types.ScalarTestHelpers;

namespace Gateway.GraphQL.Tests.Types;

public sealed class StringTypeTests
{
    private static readonly ScalarType String = BuiltInScalars.String;

    [Fact]
    public void TryParseLiteral_StringAndBlockString_ReturnValue()
    {
        String.TryParseLiteral(new StringValueNode("hi", false), out var value, out _).Should().BeTrue();
        value.Should().Be("hi");
        String.TryParseLiteral(new StringValueNode("block", true), out value, out _).Should().BeTrue();
        value.Should().Be("block");
    }

    [Fact]
    public void TryParseLiteral_NonString_ReportsGraphQLJsMessage()
    {
        String.TryParseLiteral(new IntValueNode("1"), out _, out var error).Should().BeFalse();
        error.Should().Be("String cannot represent a non string value: 1");
        String.TryParseLiteral(new ListValueNode([new StringValueNode("a", false)]), out _, out error).Should().BeFalse();
        error.Should().Be("String cannot represent a non string value: [\"a\"]");
    }

    [Theory]
    [InlineData("1", "String cannot represent a non string value: 1")]
    [InlineData("true", "String cannot represent a non string value: true")]
    [InlineData("{\"x\":\"y\"}", "String cannot represent a non string value: { x: \"y\" }")]
    public void TryParseValue_NonString_ReportsGraphQLJsMessage(string json, string message)
    {
        String.TryParseValue(Json(json), out _, out var error).Should().BeFalse();
        error.Should().Be(message);
    }

    [Fact]
    public void TrySerialize_PrimitiveValues_BecomeStrings()
    {
        Serialize("s").Should().Be("s");
        Serialize(true).Should().Be("true");
        Serialize(12).Should().Be("12");
        Serialize(1.5).Should().Be("1.5");
        Serialize(1.0).Should().Be("1");
    }

    [Theory]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000001, "1e-7")]
    [InlineData(1e21, "1e+21")]
    [InlineData(-2.5e-10, "-2.5e-10")]
    public void TrySerialize_Double_FormatsLikeJavaScript(double value, string expected)
    {
        String.TrySerialize(value, out var serialized, out _).Should().BeTrue();
        serialized.Should().Be(expected);
    }

    [Fact]
    public void TrySerialize_Object_ReportsGraphQLJsMessage()
    {
        String.TrySerialize(new[] { 1, 2 }, out _, out var error).Should().BeFalse();
        error.Should().Be("String cannot represent value: [1, 2]");
    }

    [Fact]
    public void ValueToLiteral_String_IsEscapedStringLiteral()
    {
        var literal = String.ValueToLiteral("a\"b");
        literal.Should().Be(new StringValueNode("a\"b", false));
    }

    private static object? Serialize(object value)
    {
        String.TrySerialize(value, out var serialized, out var error).Should().BeTrue(error);
        return serialized;
    }
}
