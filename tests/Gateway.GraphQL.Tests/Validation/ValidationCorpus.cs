namespace Gateway.GraphQL.Tests.Validation;

/// <summary>
/// Documents compared with graphql-js 16 by <see cref="GraphQLJsComparisonTests"/>: the documents of the rule tests
/// (gathered from them, in <c>ValidationCorpus.PartN.cs</c>) plus cases that exercise several rules at once.
/// </summary>
internal static partial class ValidationCorpus
{
    public static IReadOnlyList<string> All =>
    [
        .. Part1,
        .. Part2,
        .. Part3,
        .. Part4,
        .. Part5,
        .. Part6,
        .. Combined,
    ];
}
