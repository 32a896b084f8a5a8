using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    [Fact]
    public void Validate_OneAnonymousOperation_IsValid() =>
        ExpectValid<UniqueOperationNamesRule>("{ field }");

    [Fact]
    public void Validate_MultipleOperationsWithDifferentNames_IsValid() =>
        ExpectValid<UniqueOperationNamesRule>("""
            query Foo { field }
            query Bar { field }
            mutation Baz { field }
            subscription Qux { field }
            """);

    [Fact]
    public void Validate_FragmentAndOperationWithSameName_IsValid() =>
        ExpectValid<UniqueOperationNamesRule>("""
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """);

    [Fact]
    public void Validate_TwoQueriesWithSameName_ReportsBothNames() =>
        ExpectErrors<UniqueOperationNamesRule>(
            """
            query Foo {
              fieldA
            }
            query Foo {
              fieldB
            }
            """,
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 7)));

    [Fact]
    public void Validate_SameNameAcrossOperationTypes_ReportsEachRepeat() =>
        ExpectErrors<UniqueOperationNamesRule>(
            """
            query Foo {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            subscription Foo {
              fieldC
            }
            """,
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 10)),
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (7, 14)));
}
