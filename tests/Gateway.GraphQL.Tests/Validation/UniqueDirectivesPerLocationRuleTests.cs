using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void Validate_UniqueAndRepeatableAndUnknownDirectives_IsValid() =>
        ExpectValid<UniqueDirectivesPerLocationRule>("""
            fragment Test on Type @onFragmentDefinition {
              field @onField @include(if: true)
              sameInDifferentPlaces @onField {
                inner @onField
              }
              repeated @repeatable @repeatable @repeatable
              unknown @unknown @unknown
              ...Frag @repeatable @repeatable
            }
            """);

    [Fact]
    public void Validate_DuplicateDirective_ReportsFirstAndRepeat() =>
        ExpectErrors<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type {
              field @onField @onField
            }
            """,
            new ExpectedError("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 18)));

    [Fact]
    public void Validate_ManyDuplicates_ReportsEachRepeatAgainstTheFirst() =>
        ExpectErrors<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type {
              field @onField @onField @onField
            }
            """,
            new ExpectedError("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 18)),
            new ExpectedError("The directive \"@onField\" can only be used once at this location.", (2, 9), (2, 27)));

    [Fact]
    public void Validate_DifferentDuplicatedDirectives_ReportsEach() =>
        ExpectErrors<UniqueDirectivesPerLocationRule>(
            """
            fragment Test on Type {
              field @include(if: true) @skip(if: true) @include(if: false) @skip(if: false)
            }
            """,
            new ExpectedError("The directive \"@include\" can only be used once at this location.", (2, 9), (2, 44)),
            new ExpectedError("The directive \"@skip\" can only be used once at this location.", (2, 28), (2, 64)));

    [Fact]
    public void Validate_DuplicatesOnOperationFragmentAndVariable_ReportsEachLocation() =>
        ExpectErrors<UniqueDirectivesPerLocationRule>(
            """
            query ($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery {
              ...Frag @onFragmentSpread @onFragmentSpread
            }
            fragment Frag on Type @onFragmentDefinition @onFragmentDefinition {
              field
            }
            """,
            new ExpectedError("The directive \"@onQuery\" can only be used once at this location.", (1, 61), (1, 70)),
            new ExpectedError("The directive \"@onVariableDefinition\" can only be used once at this location.", (1, 16), (1, 38)),
            new ExpectedError("The directive \"@onFragmentSpread\" can only be used once at this location.", (2, 11), (2, 29)),
            new ExpectedError("The directive \"@onFragmentDefinition\" can only be used once at this location.", (4, 23), (4, 45)));
}
