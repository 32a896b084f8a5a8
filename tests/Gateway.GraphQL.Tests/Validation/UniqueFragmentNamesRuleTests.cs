using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void Validate_DistinctFragments_IsValid() =>
        ExpectValid<UniqueFragmentNamesRule>("""
            {
              ...fragA
              ...fragB
              ... on Type {
                fieldC
              }
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragB on Type {
              fieldB
            }
            """);

    [Fact]
    public void Validate_FragmentAndOperationSharingName_IsValid() =>
        ExpectValid<UniqueFragmentNamesRule>("""
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """);

    [Fact]
    public void Validate_TwoFragmentsWithSameName_ReportsBothNames() =>
        ExpectErrors<UniqueFragmentNamesRule>(
            """
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """,
            new ExpectedError("There can be only one fragment named \"fragA\".", (4, 10), (7, 10)));

    [Fact]
    public void Validate_ThreeFragmentsWithSameName_ReportsEachRepeatAgainstTheFirst() =>
        ExpectErrors<UniqueFragmentNamesRule>(
            """
            fragment fragA on Type { fieldA }
            fragment fragA on Type { fieldB }
            fragment fragA on Type { fieldC }
            """,
            new ExpectedError("There can be only one fragment named \"fragA\".", (1, 10), (2, 10)),
            new ExpectedError("There can be only one fragment named \"fragA\".", (1, 10), (3, 10)));
}
