namespace Gateway.GraphQL.Validation;

/// <summary>
/// Unordered pairs of fragment names already compared, remembering whether the comparison assumed the parents
/// mutually exclusive (graphql-js's PairSet). Stops the overlapping-fields check from comparing the same two
/// fragments again and again, which would be exponential on documents that spread fragments repeatedly.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<(string, string), bool> data = [];

    public bool Has(string a, string b, bool areMutuallyExclusive)
    {
        if (!data.TryGetValue(Key(a, b), out var storedExclusive))
        {
            return false;
        }

        // A comparison made without exclusivity covers one made with it, not the other way round.
        return areMutuallyExclusive || !storedExclusive;
    }

    public void Add(string a, string b, bool areMutuallyExclusive) => data[Key(a, b)] = areMutuallyExclusive;

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
