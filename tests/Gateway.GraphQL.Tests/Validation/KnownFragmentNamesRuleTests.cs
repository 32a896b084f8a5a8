using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    [Fact]
    public void Validate_KnownFragments_IsValid() =>
        ExpectValid<KnownFragmentNamesRule>("""
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
                ... {
                  name
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
    public void Validate_UnknownFragments_ReportsEachSpreadName() =>
        ExpectErrors<KnownFragmentNamesRule>(
            """
            {
              human(id: 4) {
                ...UnknownFragment1
                ... on Human {
                  ...UnknownFragment2
                }
              }
            }
            fragment HumanFields on Human {
              name
              ...UnknownFragment3
            }
            """,
            new ExpectedError("Unknown fragment \"UnknownFragment1\".", (3, 8)),
            new ExpectedError("Unknown fragment \"UnknownFragment2\".", (5, 10)),
            new ExpectedError("Unknown fragment \"UnknownFragment3\".", (11, 6)));
}
