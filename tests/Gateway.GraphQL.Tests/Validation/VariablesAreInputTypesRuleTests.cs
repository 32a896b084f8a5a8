using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Validate_UnknownTypes_AreLeftToKnownTypeNames() =>
        ExpectValid<VariablesAreInputTypesRule>("""
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """);

    [Fact]
    public void Validate_InputTypes_IsValid() =>
        ExpectValid<VariablesAreInputTypesRule>("""
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor, $e: OneOfInput!) {
              field(a: $a, b: $b, c: $c, d: $d, e: $e)
            }
            """);

    [Fact]
    public void Validate_OutputTypes_ReportsEachWithItsFullType() =>
        ExpectErrors<VariablesAreInputTypesRule>(
            """
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """,
            new ExpectedError("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            new ExpectedError("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            new ExpectedError("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
