using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Types.ScalarTestHelpers;

namespace Gateway.GraphQL.Tests.Types;

public sealed class IdTypeTests
{
    private static readonly ScalarType Id = BuiltInScalars.ID;

    [Fact]
    public void TryParseLiteral_StringOrInt_ReturnsString()
    {
        Id.TryParseLiteral(new StringValueNode("abc", false), out var fromString, out _).Should().BeTrue();
        fromString.Should().Be("abc");
        Id.TryParseLiteral(new IntValueNode("42"), out var fromInt, out _).Should().BeTrue();
        fromInt.Should().Be("42");
    }

    [Fact]
    public void TryParseLiteral_Float_ReportsGraphQLJsMessage()
    {
        Id.TryParseLiteral(new FloatValueNode("1.5"), out _, out var error).Should().BeFalse();
        error.Should().Be("ID cannot represent a non-string and non-integer value: 1.5");
    }

    [Theory]
    [InlineData("\"x\"", "x")]
    [InlineData("7", "7")]
    public void TryParseValue_StringOrInteger_ReturnsString(string json, string expected)
    {
        Id.TryParseValue(Json(json), out var value, out _).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("1.5", "ID cannot represent value: 1.5")]
    [InlineData("true", "ID cannot represent value: true")]
    public void TryParseValue_Invalid_ReportsGraphQLJsMessage(string json, string message)
    {
        Id.TryParseValue(Json(json), out _, out var error).Should().BeFalse();
        error.Should().Be(message);
    }

    [Fact]
    public void TrySerialize_IntegersAndStrings_BecomeStrings()
    {
        Id.TrySerialize(123, out var fromInt, out _).Should().BeTrue();
        fromInt.Should().Be("123");
        Id.TrySerialize(9_000_000_000L, out var fromLong, out _).Should().BeTrue();
        fromLong.Should().Be("9000000000");
        Id.TrySerialize("abc", out var fromString, out _).Should().BeTrue();
        fromString.Should().Be("abc");
    }

    [Fact]
    public void TrySerialize_Boolean_ReportsGraphQLJsMessage()
    {
        Id.TrySerialize(true, out _, out var error).Should().BeFalse();
        error.Should().Be("ID cannot represent value: true");
    }

    [Fact]
    public void ValueToLiteral_IntegerLikeString_IsIntLiteral()
    {
        Id.ValueToLiteral("12").Should().Be(new IntValueNode("12"));
        Id.ValueToLiteral("a1").Should().Be(new StringValueNode("a1", false));
    }
}
