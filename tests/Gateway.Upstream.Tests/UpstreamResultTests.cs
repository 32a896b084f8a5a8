namespace Gateway.Upstream.Tests;

public sealed class UpstreamResultTests
{
    [Fact]
    public void Map_Success_TransformsTheValue()
    {
        var result = UpstreamResult<int>.Success(20).Map(v => v + 1);

        result.IsSuccess.Should().BeTrue();
        result.Value.Should().Be(21);
    }

    [Fact]
    public void Map_Failure_PassesTheErrorThroughWithoutCallingTheMap()
    {
        var error = new UpstreamError(UpstreamErrorKind.NotFound, "gone", 404);
        var called = false;

        var result = UpstreamResult<int>.Failure(error).Map(v =>
        {
            called = true;
            return v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

        called.Should().BeFalse();
        result.Error.Should().BeSameAs(error);
    }

    [Fact]
    public void ToString_Failure_NamesKindAndMessage()
    {
        UpstreamResult<string>.Failure(new UpstreamError(UpstreamErrorKind.Timeout, "slow")).ToString()
            .Should().Be("Failure(Timeout: slow)");
    }

    [Fact]
    public void Failure_NullError_Throws()
    {
        var act = () => UpstreamResult<int>.Failure(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void CallContext_NonPositiveAccount_Throws()
    {
        var act = () => new ChatwootCallContext(0, "t");

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
