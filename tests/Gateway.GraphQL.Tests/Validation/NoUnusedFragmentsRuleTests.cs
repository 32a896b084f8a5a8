using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void Validate_AllFragmentsUsedDirectlyOrIndirectly_IsValid() =>
        ExpectValid<NoUnusedFragmentsRule>("""
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """);

    [Fact]
    public void Validate_FragmentsUsedByDifferentOperations_IsValid() =>
        ExpectValid<NoUnusedFragmentsRule>("""
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
            }
            fragment HumanFields2 on Human {
              name
            }
            """);

    [Fact]
    public void Validate_UnusedFragmentsAndUnusedCycle_ReportsEach() =>
        ExpectErrors<NoUnusedFragmentsRule>(
            """
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """,
            new ExpectedError("Fragment \"HumanFields2\" is never used.", (10, 1)),
            new ExpectedError("Fragment \"Unused1\" is never used.", (16, 1)),
            new ExpectedError("Fragment \"Unused2\" is never used.", (20, 1)));

    [Fact]
    public void Validate_FragmentUsedOnlyByUnknownSpreadTarget_ReportsIt() =>
        ExpectErrors<NoUnusedFragmentsRule>(
            """
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """,
            new ExpectedError("Fragment \"foo\" is never used.", (6, 1)));
}
