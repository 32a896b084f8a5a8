using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Types.ScalarTestHelpers;

namespace Gateway.GraphQL.Tests.Types;

public sealed class FloatTypeTests
{
    private static readonly ScalarType Float = BuiltInScalars.Float;

    [Fact]
    public void TryParseLiteral_IntAndFloatLiterals_ReturnDouble()
    {
        Float.TryParseLiteral(new IntValueNode("3"), out var fromInt, out _).Should().BeTrue();
        fromInt.Should().Be(3.0);
        Float.TryParseLiteral(new FloatValueNode("1.5e3"), out var fromFloat, out _).Should().BeTrue();
        fromFloat.Should().Be(1500.0);
    }

    [Fact]
    public void TryParseLiteral_NonNumeric_ReportsGraphQLJsMessage()
    {
        Float.TryParseLiteral(new StringValueNode("1", false), out _, out var error).Should().BeFalse();
        error.Should().Be("Float cannot represent non numeric value: \"1\"");
        Float.TryParseLiteral(new EnumValueNode("ONE"), out _, out error).Should().BeFalse();
        error.Should().Be("Float cannot represent non numeric value: ONE");
    }

    [Theory]
    [InlineData("\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("false", "Float cannot represent non numeric value: false")]
    [InlineData("[]", "Float cannot represent non numeric value: []")]
    public void TryParseValue_NonNumeric_ReportsGraphQLJsMessage(string json, string message)
    {
        Float.TryParseValue(Json(json), out _, out var error).Should().BeFalse();
        error.Should().Be(message);
    }

    [Fact]
    public void TryParseValue_Number_ReturnsDouble()
    {
        Float.TryParseValue(Json("-0.25"), out var value, out _).Should().BeTrue();
        value.Should().Be(-0.25);
    }

    [Fact]
    public void TrySerialize_NumbersBooleansNumericStrings_ReturnDouble()
    {
        Float.TrySerialize(2, out var a, out _).Should().BeTrue();
        a.Should().Be(2.0);
        Float.TrySerialize(true, out var b, out _).Should().BeTrue();
        b.Should().Be(1.0);
        Float.TrySerialize("-1.5", out var c, out _).Should().BeTrue();
        c.Should().Be(-1.5);
    }

    [Theory]
    [InlineData(double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData(double.PositiveInfinity, "Float cannot represent non numeric value: Infinity")]
    [InlineData("one", "Float cannot represent non numeric value: \"one\"")]
    public void TrySerialize_NonFinite_ReportsGraphQLJsMessage(object value, string message)
    {
        Float.TrySerialize(value, out _, out var error).Should().BeFalse();
        error.Should().Be(message);
    }

    [Fact]
    public void ValueToLiteral_IntegralDouble_IsIntLiteralOtherwiseFloat()
    {
        Float.ValueToLiteral(1.0).Should().Be(new IntValueNode("1"));
        Float.ValueToLiteral(1.5).Should().Be(new FloatValueNode("1.5"));
    }
}
