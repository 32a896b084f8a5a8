using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void Validate_UniqueNamesPerOperation_IsValid() =>
        ExpectValid<UniqueVariableNamesRule>("""
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """);

    [Fact]
    public void Validate_DuplicateNames_ReportsOneErrorPerNameWithEveryOccurrence() =>
        ExpectErrors<UniqueVariableNamesRule>(
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
            new ExpectedError("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            new ExpectedError("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
            new ExpectedError("There can be only one variable named \"$x\".", (3, 10), (3, 19)));

    [Fact]
    public void Validate_TwoDuplicatedNames_ReportsInOrderOfFirstAppearance() =>
        ExpectErrors<UniqueVariableNamesRule>(
            "query ($b: Int, $a: Int, $a: Int, $b: Int) { __typename }",
            new ExpectedError("There can be only one variable named \"$b\".", (1, 9), (1, 36)),
            new ExpectedError("There can be only one variable named \"$a\".", (1, 18), (1, 27)));
}
