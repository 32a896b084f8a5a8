using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Conflicts found through subfields, nested fragments and aliases.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Validate_ConflictInSubfields_ReportsParentsAndSubfields() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                x: a
              },
              field {
                x: b
              }
            }
            """,
            new ExpectedError(
                "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields." + Suffix,
                (2, 3), (3, 5), (5, 3), (6, 5)));

    [Fact]
    public void Validate_SeveralSubfieldConflicts_JoinsReasonsWithAnd() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                x: a
                y: c
              },
              field {
                x: b
                y: d
              }
            }
            """,
            new ExpectedError(
                "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields." + Suffix,
                (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));

    [Fact]
    public void Validate_VeryDeepConflict_ReportsTheWholePath() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                deepField {
                  x: a
                }
              },
              field {
                deepField {
                  x: b
                }
              }
            }
            """,
            new ExpectedError(
                "Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields." + Suffix,
                (2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)));

    [Fact]
    public void Validate_DeepConflict_IsReportedAtTheNearestCommonAncestor() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                deepField {
                  x: a
                }
                deepField {
                  x: b
                }
              },
              field {
                deepField {
                  y
                }
              }
            }
            """,
            new ExpectedError(
                "Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields." + Suffix,
                (3, 5), (4, 7), (6, 5), (7, 7)));

    [Fact]
    public void Validate_DeepConflictInsideFragment_IsReportedAtTheNearestCommonAncestor() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                ...F
              }
              field {
                ...F
              }
            }
            fragment F on T {
              deepField {
                deeperField {
                  x: a
                }
                deeperField {
                  x: b
                }
              },
              deepField {
                deeperField {
                  y
                }
              }
            }
            """,
            new ExpectedError(
                "Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields." + Suffix,
                (11, 5), (12, 7), (14, 5), (15, 7)));

    [Fact]
    public void Validate_ConflictsThroughNestedFragments_ReportsAllSubfieldsAtTheParents() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              field {
                ...F
              }
              field {
                ...I
              }
            }
            fragment F on T {
              x: a
              ...G
            }
            fragment G on T {
              y: c
            }
            fragment I on T {
              y: d
              ...J
            }
            fragment J on T {
              x: b
            }
            """,
            new ExpectedError(
                "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields." + Suffix,
                (2, 3), (10, 3), (14, 3), (5, 3), (21, 3), (17, 3)));

    [Fact]
    public void Validate_DifferingArgumentsInSubfields_ReportsAtTheParents() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              dog {
                doesKnowCommand(dogCommand: SIT)
              }
              dog {
                doesKnowCommand(dogCommand: HEEL)
              }
            }
            """,
            new ExpectedError(
                "Fields \"dog\" conflict because subfields \"doesKnowCommand\" conflict because they have differing arguments." + Suffix,
                (2, 3), (3, 5), (5, 3), (6, 5)));

    [Fact]
    public void Validate_ConflictBetweenFieldAndFragmentFieldThroughAliases_ReportsIt() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              dog {
                ...DogName
                name: nickname
              }
            }
            fragment DogName on Dog {
              ... on Dog {
                name
              }
            }
            """,
            new ExpectedError("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + Suffix, (4, 5), (9, 5)));
}
