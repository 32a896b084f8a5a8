using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Validate_VariablesUsedDirectlyInValuesDirectivesAndFragments_IsValid() =>
        ExpectValid<NoUnusedVariablesRule>("""
            query Foo($a: String, $b: String, $c: String, $d: Boolean, $e: Int) {
              field(a: $a) @skip(if: $d) {
                field(list: [[$b]], obj: { x: { y: $e } })
                ...FragA
              }
            }
            fragment FragA on Type {
              ... on Type {
                field(c: $c)
              }
            }
            """);

    [Fact]
    public void Validate_UnusedVariableInAnonymousOperation_ReportsTheDefinition() =>
        ExpectErrors<NoUnusedVariablesRule>(
            """
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """,
            new ExpectedError("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void Validate_VariablesUsedOnlyByUnspreadFragment_ReportsThemAsUnused() =>
        ExpectErrors<NoUnusedVariablesRule>(
            """
            query Foo($a: String, $b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            new ExpectedError("Variable \"$b\" is never used in operation \"Foo\".", (1, 23)));

    [Fact]
    public void Validate_VariableUsedOnlyInAnotherOperation_ReportsPerOperation() =>
        ExpectErrors<NoUnusedVariablesRule>(
            """
            query Foo($a: String) {
              ...FragA
            }
            query Bar($a: String, $b: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """,
            new ExpectedError("Variable \"$a\" is never used in operation \"Bar\".", (4, 11)));

    [Fact]
    public void Validate_VariableUsedOnlyInAnotherVariablesDirective_ReportsItAsUnused() =>
        ExpectErrors<NoUnusedVariablesRule>(
            """
            query Foo($a: Boolean, $b: Int @onVariableDefinition) {
              field(b: $b)
            }
            """,
            new ExpectedError("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)));
}
