using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void Validate_AllVariablesDefinedIncludingThroughFragmentsAndDirectives_IsValid() =>
        ExpectValid<NoUndefinedVariablesRule>("""
            query Foo($a: String, $b: String, $c: String, $d: Boolean) {
              field(a: $a) @include(if: $d) {
                ... on Type {
                  field(b: $b, list: [$c], obj: { nested: [{ deep: $a }] })
                }
                ...FragA
              }
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(c: $c)
            }
            """);

    [Fact]
    public void Validate_FragmentUsedByTwoOperationsDefiningTheVariable_IsValid() =>
        ExpectValid<NoUndefinedVariablesRule>("""
            query Foo($a: String) {
              ...FragA
            }
            query Bar($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """);

    [Fact]
    public void Validate_UndefinedVariable_ReportsUseAndOperation() =>
        ExpectErrors<NoUndefinedVariablesRule>(
            """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """,
            new ExpectedError("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1)));

    [Fact]
    public void Validate_UndefinedVariableInAnonymousOperation_OmitsTheName() =>
        ExpectErrors<NoUndefinedVariablesRule>(
            """
            {
              field(a: $a)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined.", (2, 12), (1, 1)));

    [Fact]
    public void Validate_UndefinedVariablesDeepInFragments_ReportsEachInFragmentOrder() =>
        ExpectErrors<NoUndefinedVariablesRule>(
            """
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field(c: $c)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (5, 12), (1, 1)),
            new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1)));

    [Fact]
    public void Validate_FragmentUsedByOperationNotDefiningTheVariable_ReportsThatOperation() =>
        ExpectErrors<NoUndefinedVariablesRule>(
            """
            query Foo($a: String) {
              ...FragA
            }
            query Bar {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """,
            new ExpectedError("Variable \"$a\" is not defined by operation \"Bar\".", (8, 12), (4, 1)));

    [Fact]
    public void Validate_VariableUsedTwice_ReportsEachUse() =>
        ExpectErrors<NoUndefinedVariablesRule>(
            """
            query Foo {
              a: field(a: $x)
              b: field(list: [1, $x])
            }
            """,
            new ExpectedError("Variable \"$x\" is not defined by operation \"Foo\".", (2, 15), (1, 1)),
            new ExpectedError("Variable \"$x\" is not defined by operation \"Foo\".", (3, 22), (1, 1)));
}
