using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Types.ScalarTestHelpers;

namespace Gateway.GraphQL.Tests.Types;

public sealed class BooleanTypeTests
{
    private static readonly ScalarType Boolean = BuiltInScalars.Boolean;

    [Fact]
    public void TryParseLiteral_Boolean_ReturnsBool()
    {
        Boolean.TryParseLiteral(new BooleanValueNode(true), out var value, out _).Should().BeTrue();
        value.Should().Be(true);
    }

    [Fact]
    public void TryParseLiteral_NonBoolean_ReportsGraphQLJsMessage()
    {
        Boolean.TryParseLiteral(new IntValueNode("1"), out _, out var error).Should().BeFalse();
        error.Should().Be("Boolean cannot represent a non boolean value: 1");
    }

    [Theory]
    [InlineData("1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("\"true\"", "Boolean cannot represent a non boolean value: \"true\"")]
    public void TryParseValue_NonBoolean_ReportsGraphQLJsMessage(string json, string message)
    {
        Boolean.TryParseValue(Json(json), out _, out var error).Should().BeFalse();
        error.Should().Be(message);
    }

    [Fact]
    public void TryParseValue_False_ReturnsFalse()
    {
        Boolean.TryParseValue(Json("false"), out var value, out _).Should().BeTrue();
        value.Should().Be(false);
    }

    [Fact]
    public void TrySerialize_NumbersAndBooleans_BecomeBool()
    {
        Boolean.TrySerialize(0, out var zero, out _).Should().BeTrue();
        zero.Should().Be(false);
        Boolean.TrySerialize(2.5, out var nonZero, out _).Should().BeTrue();
        nonZero.Should().Be(true);
    }

    [Fact]
    public void TrySerialize_String_ReportsGraphQLJsMessage()
    {
        Boolean.TrySerialize("true", out _, out var error).Should().BeFalse();
        error.Should().Be("Boolean cannot represent a non boolean value: \"true\"");
    }
}
