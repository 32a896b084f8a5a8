using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Types.ScalarTestHelpers;

namespace Gateway.GraphQL.Tests.Types;

public sealed class DateTimeTypeTests
{
    private readonly DateTimeType _dateTime = new();

    [Theory]
    [InlineData("2024-05-01T10:00:00Z", "2024-05-01T10:00:00+00:00")]
    [InlineData("2024-05-01T12:30:00.5+02:00", "2024-05-01T12:30:00.5000000+02:00")]
    [InlineData("2024-05-01t10:00:00.123456789z", "2024-05-01T10:00:00.1234567+00:00")]
    public void TryParseLiteral_Rfc3339WithOffset_ReturnsDateTimeOffset(string text, string expected)
    {
        _dateTime.TryParseLiteral(new StringValueNode(text, false), out var value, out _).Should().BeTrue();
        value.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        ((DateTimeOffset)value!).Offset.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    [InlineData("2024-05-01T10:00:00")]
    [InlineData("2024-05-01")]
    [InlineData("2024-13-01T10:00:00Z")]
    [InlineData("yesterday")]
    public void TryParseValue_MissingOffsetOrInvalid_IsRejected(string text)
    {
        _dateTime.TryParseValue(Json("\"" + text + "\""), out _, out var error).Should().BeFalse();
        error.Should().Be($"DateTime cannot represent an invalid date-time string: \"{text}\".");
    }

    [Fact]
    public void TryParseLiteral_NonString_IsRejected()
    {
        _dateTime.TryParseLiteral(new IntValueNode("1714557600"), out _, out var error).Should().BeFalse();
        error.Should().Be("DateTime cannot represent non-string value: 1714557600");
    }

    [Fact]
    public void TrySerialize_DateTimeOffset_IsUtcIsoWithMilliseconds()
    {
        var value = new DateTimeOffset(2024, 5, 1, 12, 0, 0, 250, TimeSpan.FromHours(2));
        _dateTime.TrySerialize(value, out var serialized, out _).Should().BeTrue();
        serialized.Should().Be("2024-05-01T10:00:00.250Z");
    }

    [Fact]
    public void TrySerialize_UtcDateTimeAndIsoString_AreNormalised()
    {
        _dateTime.TrySerialize(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), out var fromDateTime, out _).Should().BeTrue();
        fromDateTime.Should().Be("2024-01-02T03:04:05.000Z");
        _dateTime.TrySerialize("2024-01-02T05:04:05+02:00", out var fromString, out _).Should().BeTrue();
        fromString.Should().Be("2024-01-02T03:04:05.000Z");
    }

    [Fact]
    public void TrySerialize_NonDate_IsRejected()
    {
        _dateTime.TrySerialize(42, out _, out var error).Should().BeFalse();
        error.Should().Be("DateTime cannot represent value: 42");
    }

    [Fact]
    public void ValueToLiteral_DateTimeOffset_IsStringLiteral()
    {
        _dateTime.ValueToLiteral(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero))
            .Should().Be(new StringValueNode("2024-05-01T10:00:00.000Z", false));
    }
}
