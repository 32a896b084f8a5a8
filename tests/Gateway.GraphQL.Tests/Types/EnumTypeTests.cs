using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Types.ScalarTestHelpers;

namespace Gateway.GraphQL.Tests.Types;

public sealed class EnumTypeTests
{
    private static readonly EnumType Color = (EnumType)Schema.FromSdl("""
        type Query { color: Color }
        enum Color { RED GREEN BLUE DARK_GREY }
        """).GetType("Color")!;

    private enum ClrColor
    {
        Red,
        DarkGrey,
    }

    [Fact]
    public void TryParseLiteral_KnownValue_ReturnsName()
    {
        Color.TryParseLiteral(new EnumValueNode("GREEN"), out var value, out _).Should().BeTrue();
        value.Should().Be("GREEN");
    }

    [Fact]
    public void TryParseLiteral_UnknownValue_SuggestsCloseValues()
    {
        Color.TryParseLiteral(new EnumValueNode("GRENE"), out _, out var error).Should().BeFalse();
        error.Should().Be("Value \"GRENE\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?");
    }

    [Fact]
    public void TryParseLiteral_StringLiteral_IsNotAnEnumValue()
    {
        Color.TryParseLiteral(new StringValueNode("RED", false), out _, out var error).Should().BeFalse();
        error.Should().Be("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?");
    }

    [Fact]
    public void TryParseValue_String_ReturnsNameOrReportsUnknown()
    {
        Color.TryParseValue(Json("\"BLUE\""), out var value, out _).Should().BeTrue();
        value.Should().Be("BLUE");
        Color.TryParseValue(Json("\"blue\""), out _, out var error).Should().BeFalse();
        error.Should().Be("Value \"blue\" does not exist in \"Color\" enum. Did you mean the enum value \"BLUE\"?");
        Color.TryParseValue(Json("1"), out _, out error).Should().BeFalse();
        error.Should().Be("Enum \"Color\" cannot represent non-string value: 1.");
    }

    [Fact]
    public void TrySerialize_NamesAndClrEnums_MapToValues()
    {
        Color.TrySerialize("RED", out var fromName, out _).Should().BeTrue();
        fromName.Should().Be("RED");
        Color.TrySerialize(ClrColor.DarkGrey, out var fromClr, out _).Should().BeTrue();
        fromClr.Should().Be("DARK_GREY");
        Color.TrySerialize("PURPLE", out _, out var error).Should().BeFalse();
        error.Should().Be("Enum \"Color\" cannot represent value: \"PURPLE\"");
    }
}
