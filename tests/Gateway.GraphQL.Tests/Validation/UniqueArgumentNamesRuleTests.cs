using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void Validate_DistinctArgumentsOnFieldsAndDirectives_IsValid() =>
        ExpectValid<UniqueArgumentNamesRule>("""
            {
              field(arg1: "value", arg2: "value") @directive(arg1: "value", arg2: "value")
              other: field(arg1: "value") @directive(arg1: "value")
              nested(arg: { arg: 1, arg2: 2 })
            }
            """);

    [Fact]
    public void Validate_DuplicateFieldArguments_ReportsOneErrorWithEveryOccurrence() =>
        ExpectErrors<UniqueArgumentNamesRule>(
            """
            {
              field(arg1: "value", arg1: "value")
              many: field(arg1: "value", arg1: "value", arg1: "value")
            }
            """,
            new ExpectedError("There can be only one argument named \"arg1\".", (2, 9), (2, 24)),
            new ExpectedError("There can be only one argument named \"arg1\".", (3, 15), (3, 30), (3, 45)));

    [Fact]
    public void Validate_DuplicateDirectiveArguments_ReportsThem() =>
        ExpectErrors<UniqueArgumentNamesRule>(
            """
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """,
            new ExpectedError("There can be only one argument named \"arg1\".", (2, 20), (2, 35)));
}
