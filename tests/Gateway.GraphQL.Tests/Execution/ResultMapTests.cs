using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class ResultMapTests
{
    [Fact]
    public void Add_KeyDiffersFromSharedKeys_MapKeepsItsKeysAndSharedArrayIsUntouched()
    {
        string[] shared = ["a", "b"];
        var map = new ResultMap(shared);

        map.Add("a", 1);
        map.Add("x", 2);
        map.SetValue(0, 3);

        map.Select(e => (e.Key, e.Value)).Should().Equal(("a", (object?)3), ("x", (object?)2));
        shared.Should().Equal("a", "b");
        map.GetValueOrDefault("x").Should().Be(2);
    }

    [Fact]
    public void Add_BeyondCapacity_KeepsEveryEntryInOrder()
    {
        var map = new ResultMap();

        for (var i = 0; i < 9; i++)
        {
            map.Add($"k{i}", i);
        }

        map.Count.Should().Be(9);
        map[8].Should().Be(new KeyValuePair<string, object?>("k8", 8));
        map.Select(e => e.Key).Should().Equal(Enumerable.Range(0, 9).Select(i => $"k{i}"));
    }
}
