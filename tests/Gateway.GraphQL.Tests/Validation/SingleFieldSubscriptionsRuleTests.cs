using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    [Fact]
    public void Validate_OneField_IsValid() =>
        ExpectValid<SingleFieldSubscriptionsRule>("""
            subscription ImportantEmails {
              importantEmails
            }
            """);

    [Fact]
    public void Validate_OneFieldThroughFragment_IsValid() =>
        ExpectValid<SingleFieldSubscriptionsRule>("""
            subscription sub {
              ...newMessageFields
            }
            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                body
                sender
              }
            }
            """);

    [Fact]
    public void Validate_SameFieldTwiceThroughFragmentAndInlineFragment_IsValid() =>
        ExpectValid<SingleFieldSubscriptionsRule>("""
            subscription sub {
              ...newMessageFields
              ... on SubscriptionRoot {
                newMessage {
                  body
                }
              }
            }
            fragment newMessageFields on SubscriptionRoot {
              newMessage {
                sender
              }
            }
            """);

    [Fact]
    public void Validate_SecondFieldSkippedByLiteral_IsValid() =>
        ExpectValid<SingleFieldSubscriptionsRule>("""
            subscription {
              importantEmails
              notImportantEmails @skip(if: true)
              spamEmails @include(if: false)
            }
            """);

    [Fact]
    public void Validate_TwoFields_ReportsTheSecond() =>
        ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription ImportantEmails {
              importantEmails
              notImportantEmails
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)));

    [Fact]
    public void Validate_IntrospectionField_ReportsIt() =>
        ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription ImportantEmails {
              __typename
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void Validate_FieldAndIntrospectionThroughFragment_ReportsBoth() =>
        ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription ImportantEmails {
              importantEmails
              ...Introspection
            }
            fragment Introspection on SubscriptionRoot {
              __typename
            }
            """,
            new ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (6, 3)),
            new ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (6, 3)));

    [Fact]
    public void Validate_ManyFieldsThroughFragments_ReportsAllButTheFirst() =>
        ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription ImportantEmails {
              importantEmails
              ... {
                more: moreImportantEmails
              }
              ...NotImportantEmails
            }
            fragment NotImportantEmails on SubscriptionRoot {
              notImportantEmails
              deleted: deletedEmails
              ...SpamEmails
            }
            fragment SpamEmails on SubscriptionRoot {
              spamEmails
            }
            """,
            new ExpectedError(
                "Subscription \"ImportantEmails\" must select only one top level field.",
                (4, 5), (9, 3), (10, 3), (14, 3)));

    [Fact]
    public void Validate_AnonymousWithTwoFields_ReportsAnonymousSubscription() =>
        ExpectErrors<SingleFieldSubscriptionsRule>(
            """
            subscription {
              importantEmails
              notImportantEmails
            }
            """,
            new ExpectedError("Anonymous Subscription must select only one top level field.", (3, 3)));

    [Fact]
    public void Validate_QueryWithManyFields_IsNotThisRulesConcern() =>
        ExpectValid<SingleFieldSubscriptionsRule>("""
            query {
              dog { name }
              cat { name }
            }
            """);
}
