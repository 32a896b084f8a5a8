using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Validate_ObjectInterfaceUnionAndUntypedInlineFragments_IsValid() =>
        ExpectValid<FragmentsOnCompositeTypesRule>("""
            fragment validFragment on Dog {
              barks
            }
            fragment validFragmentOnInterface on Pet {
              name
            }
            fragment validFragmentOnUnion on CatOrDog {
              __typename
            }
            fragment validInlineFragment on Pet {
              ... on Dog {
                barks
              }
              ... {
                name
              }
            }
            fragment unknownType on Unknown {
              name
            }
            """);

    [Fact]
    public void Validate_FragmentsOnScalarEnumAndInput_ReportsEach() =>
        ExpectErrors<FragmentsOnCompositeTypesRule>(
            """
            fragment scalarFragment on Boolean {
              bad
            }
            fragment enumFragment on FurColor {
              bad
            }
            fragment inputFragment on ComplexInput {
              stringField
            }
            """,
            new ExpectedError("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)),
            new ExpectedError("Fragment \"enumFragment\" cannot condition on non composite type \"FurColor\".", (4, 26)),
            new ExpectedError("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (7, 27)));

    [Fact]
    public void Validate_InlineFragmentOnScalar_ReportsTheTypeCondition() =>
        ExpectErrors<FragmentsOnCompositeTypesRule>(
            """
            fragment invalidFragment on Pet {
              ... on String {
                barks
              }
            }
            """,
            new ExpectedError("Fragment cannot condition on non composite type \"String\".", (2, 10)));
}
