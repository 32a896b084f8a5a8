using System.Text.Json;

namespace Gateway.Upstream.Tests.Serialization;

public sealed class ChatwootTimestampConverterTests
{
    private static Message Read(string updatedAtJson) =>
        JsonSerializer.Deserialize($$"""{ "id": 1, "created_at": {{updatedAtJson}} }""", ChatwootJsonContext.Default.Message)!;

    [Theory]
    [InlineData("1767225600", "2026-01-01T00:00:00+00:00")]
    [InlineData("1767225600.5", "2026-01-01T00:00:00.5+00:00")]
    [InlineData("\"2026-01-01T00:00:00.000Z\"", "2026-01-01T00:00:00+00:00")]
    [InlineData("\"2026-01-01T02:00:00+02:00\"", "2026-01-01T00:00:00+00:00")]
    [InlineData("\"1767225600\"", "2026-01-01T00:00:00+00:00")]
    public void Read_EachChatwootEncoding_YieldsTheSameInstant(string json, string expected)
    {
        var message = Read(json);

        message.CreatedAt.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.0")]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void Read_ZeroNullOrEmpty_IsUnset(string json)
    {
        Read(json).CreatedAt.Should().BeNull();
    }

    [Theory]
    [InlineData("\"<string>\"")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("99999999999999")]
    public void Read_NotATimestamp_ThrowsJsonException(string json)
    {
        var act = () => Read(json);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Read_MissingField_IsUnset()
    {
        var message = JsonSerializer.Deserialize("""{ "id": 1 }""", ChatwootJsonContext.Default.Message)!;

        message.CreatedAt.Should().BeNull();
        message.UpdatedAt.Should().BeNull();
    }
}
