using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Types.ScalarTestHelpers;

namespace Gateway.GraphQL.Tests.Types;

public sealed class IntTypeTests
{
    private static readonly ScalarType Int = BuiltInScalars.Int;

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    public void TryParseLiteral_IntLiteralInRange_ReturnsInt(string lexeme, int expected)
    {
        Int.TryParseLiteral(new IntValueNode(lexeme), out var value, out var error).Should().BeTrue();
        value.Should().Be(expected);
        error.Should().BeNull();
    }

    [Fact]
    public void TryParseLiteral_OutOfRange_ReportsGraphQLJsMessage()
    {
        Int.TryParseLiteral(new IntValueNode("2147483648"), out _, out var error).Should().BeFalse();
        error.Should().Be("Int cannot represent non 32-bit signed integer value: 2147483648");
    }

    [Theory]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    public void TryParseLiteral_FloatLiteral_ReportsNonInteger(string lexeme, string message)
    {
        Int.TryParseLiteral(new FloatValueNode(lexeme), out _, out var error).Should().BeFalse();
        error.Should().Be(message);
    }

    [Fact]
    public void TryParseLiteral_StringLiteral_ReportsPrintedLiteral()
    {
        Int.TryParseLiteral(new StringValueNode("1", false), out _, out var error).Should().BeFalse();
        error.Should().Be("Int cannot represent non-integer value: \"1\"");
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("1.0", 1)]
    [InlineData("-7", -7)]
    public void TryParseValue_IntegralNumber_ReturnsInt(string json, int expected)
    {
        Int.TryParseValue(Json(json), out var value, out _).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    [InlineData("{\"a\":1}", "Int cannot represent non-integer value: { a: 1 }")]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1e100", "Int cannot represent non 32-bit signed integer value: 1e+100")]
    public void TryParseValue_Invalid_ReportsGraphQLJsMessage(string json, string message)
    {
        Int.TryParseValue(Json(json), out _, out var error).Should().BeFalse();
        error.Should().Be(message);
    }

    [Fact]
    public void TryParseValue_Null_IsNull()
    {
        Int.TryParseValue(Json("null"), out var value, out _).Should().BeTrue();
        value.Should().BeNull();
    }

    [Fact]
    public void TrySerialize_CoercibleValues_ReturnInt()
    {
        Serialize(5).Should().Be(5);
        Serialize(5L).Should().Be(5);
        Serialize(1.0).Should().Be(1);
        Serialize(true).Should().Be(1);
        Serialize(false).Should().Be(0);
        Serialize("-12").Should().Be(-12);
    }

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648.0, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("one", "Int cannot represent non-integer value: \"one\"")]
    [InlineData("", "Int cannot represent non-integer value: \"\"")]
    public void TrySerialize_Invalid_ReportsGraphQLJsMessage(object value, string message)
    {
        Int.TrySerialize(value, out _, out var error).Should().BeFalse();
        error.Should().Be(message);
    }

    [Fact]
    public void ValueToLiteral_Int_IsIntLiteral()
    {
        Int.ValueToLiteral(42).Should().Be(new IntValueNode("42"));
        Int.ValueToLiteral(null).Should().BeOfType<NullValueNode>();
    }

    private static object? Serialize(object value)
    {
        Int.TrySerialize(value, out var serialized, out var error).Should().BeTrue(error);
        return serialized;
    }
}
