using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void Validate_NoOperations_IsValid() =>
        ExpectValid<LoneAnonymousOperationRule>("""
            fragment fragA on Type {
              field
            }
            """);

    [Fact]
    public void Validate_OneAnonymousOperationWithFragment_IsValid() =>
        ExpectValid<LoneAnonymousOperationRule>("""
            {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """);

    [Fact]
    public void Validate_MultipleNamedOperations_IsValid() =>
        ExpectValid<LoneAnonymousOperationRule>("""
            query Foo { field }
            query Bar { field }
            """);

    [Fact]
    public void Validate_TwoAnonymousOperations_ReportsBoth() =>
        ExpectErrors<LoneAnonymousOperationRule>(
            """
            {
              fieldA
            }
            {
              fieldB
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (4, 1)));

    [Fact]
    public void Validate_AnonymousOperationWithMutation_ReportsAnonymousOne() =>
        ExpectErrors<LoneAnonymousOperationRule>(
            """
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Validate_AnonymousOperationWithSubscription_ReportsAnonymousOne() =>
        ExpectErrors<LoneAnonymousOperationRule>(
            """
            {
              fieldA
            }
            subscription Foo {
              fieldB
            }
            """,
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)));
}
