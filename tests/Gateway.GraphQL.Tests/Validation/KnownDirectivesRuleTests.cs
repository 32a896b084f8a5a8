using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void Validate_KnownDirectivesInTheirLocations_IsValid() =>
        ExpectValid<KnownDirectivesRule>("""
            query ($var: Boolean @onVariableDefinition) @onQuery {
              name @include(if: $var)
              ...Frag @include(if: true)
              skippedField @skip(if: true)
              ...SkippedFrag @skip(if: true) @onFragmentSpread
              ... @skip(if: true) @onInlineFragment {
                skippedField
              }
              deprecatedOk: name @onField
            }
            mutation @onMutation {
              someField
            }
            subscription @onSubscription {
              someField
            }
            fragment Frag on SomeType @onFragmentDefinition {
              someField
            }
            """);

    [Fact]
    public void Validate_UnknownDirectives_ReportsEach() =>
        ExpectErrors<KnownDirectivesRule>(
            """
            {
              dog @unknown(directive: "value") {
                name
              }
              human @unknown(directive: "value") {
                name
                pets @unknown(directive: "value") {
                  name
                }
              }
            }
            """,
            new ExpectedError("Unknown directive \"@unknown\".", (2, 7)),
            new ExpectedError("Unknown directive \"@unknown\".", (5, 9)),
            new ExpectedError("Unknown directive \"@unknown\".", (7, 10)));

    [Fact]
    public void Validate_MisplacedDirectives_ReportsEachLocationBySpecName() =>
        ExpectErrors<KnownDirectivesRule>(
            """
            query Foo($var: Boolean @onField) @include(if: true) {
              name @onQuery @include(if: $var)
              ...Frag @onQuery
              ... @onFragmentSpread {
                name
              }
            }
            mutation Bar @onQuery {
              someField
            }
            subscription Baz @onMutation {
              someField
            }
            fragment Frag on Dog @onInlineFragment {
              name
            }
            """,
            new ExpectedError("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", (1, 25)),
            new ExpectedError("Directive \"@include\" may not be used on QUERY.", (1, 35)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (2, 8)),
            new ExpectedError("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 11)),
            new ExpectedError("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", (4, 7)),
            new ExpectedError("Directive \"@onQuery\" may not be used on MUTATION.", (8, 14)),
            new ExpectedError("Directive \"@onMutation\" may not be used on SUBSCRIPTION.", (11, 18)),
            new ExpectedError("Directive \"@onInlineFragment\" may not be used on FRAGMENT_DEFINITION.", (14, 22)));
}
