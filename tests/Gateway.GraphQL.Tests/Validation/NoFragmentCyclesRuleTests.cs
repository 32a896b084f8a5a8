using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    [Fact]
    public void Validate_AcyclicSpreadsIncludingRepeatsAndAbstractTypes_IsValid() =>
        ExpectValid<NoFragmentCyclesRule>("""
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            fragment nameFragment on Pet {
              ... on Dog { name }
              ... on Cat { name }
            }
            fragment spreadsInAnon on Pet {
              ... on Dog { ...nameFragment }
              ... on Cat { ...nameFragment }
            }
            fragment unknown on Dog { ...UnknownFragment }
            """);

    [Fact]
    public void Validate_FragmentSpreadInsideItself_ReportsDirectCycle() =>
        ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragA on Human {
              relatives {
                ...fragA
              }
            }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (3, 5)));

    [Fact]
    public void Validate_FragmentSpreadItselfTwice_ReportsEachSpread() =>
        ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog {
              ...fragA
              ... on Dog {
                ...fragA
              }
            }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (2, 3)),
            new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (4, 5)));

    [Fact]
    public void Validate_TwoFragmentsSpreadingEachOther_ReportsOneCycleFromTheFirstDefined() =>
        ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragB on Dog {
              ...fragA
            }
            fragment fragA on Dog {
              ...fragB
            }
            """,
            new ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (2, 3), (5, 3)));

    [Fact]
    public void Validate_DeepCyclesSharingFragments_ReportsEachCycleWithItsPath() =>
        ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragA on Dog {
              ...fragB
            }
            fragment fragB on Dog {
              ...fragC
            }
            fragment fragC on Dog {
              ...fragO
            }
            fragment fragX on Dog {
              ...fragY
            }
            fragment fragY on Dog {
              ...fragZ
            }
            fragment fragZ on Dog {
              ...fragO
            }
            fragment fragO on Dog {
              ...fragP
            }
            fragment fragP on Dog {
              ...fragA
              ...fragX
            }
            """,
            new ExpectedError(
                "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".",
                (2, 3), (5, 3), (8, 3), (20, 3), (23, 3)),
            new ExpectedError(
                "Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".",
                (20, 3), (24, 3), (11, 3), (14, 3), (17, 3)));

    [Fact]
    public void Validate_CycleThroughInlineFragmentAndField_ReportsIt() =>
        ExpectErrors<NoFragmentCyclesRule>(
            """
            fragment fragA on Pet {
              ... on Dog {
                mother {
                  ...fragB
                }
              }
            }
            fragment fragB on Dog {
              ...fragA
            }
            """,
            new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (4, 7), (9, 3)));
}
