using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed partial class OverlappingFieldsCanBeMergedRuleTests
{
    private const string Suffix = " Use different aliases on the fields to fetch both if this was intentional.";

    [Fact]
    public void Validate_MergeableFields_IsValid() =>
        ExpectValid<OverlappingFieldsCanBeMergedRule>("""
            fragment uniqueFields on Dog {
              name
              nickname
            }
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            fragment mergeIdenticalFieldsWithIdenticalDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            fragment differentDirectivesWithDifferentAliases on Dog {
              nameIfTrue: name @include(if: true)
              nameIfFalse: name @include(if: false)
            }
            fragment differentSkipIncludeDirectives on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """);

    [Fact]
    public void Validate_SameAliasForDifferentFields_ReportsBothFields() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """,
            new ExpectedError("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields." + Suffix, (2, 3), (3, 3)));

    [Fact]
    public void Validate_SameAliasOnFieldsOfDifferentObjectTypes_IsValid() =>
        ExpectValid<OverlappingFieldsCanBeMergedRule>("""
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            fragment conflictingArgsOnDifferentTypes on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """);

    [Fact]
    public void Validate_AliasMaskingDirectFieldAccess_ReportsIt() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """,
            new ExpectedError("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + Suffix, (2, 3), (3, 3)));

    [Fact]
    public void Validate_DifferingArguments_ReportsEachPair() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
              isAtLocation(x: 0)
              isAtLocation(y: 0)
              name(surname: $a)
              name(surname: $b)
            }
            """,
            new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments." + Suffix, (2, 3), (3, 3)),
            new ExpectedError("Fields \"isAtLocation\" conflict because they have differing arguments." + Suffix, (4, 3), (5, 3)),
            new ExpectedError("Fields \"name\" conflict because they have differing arguments." + Suffix, (6, 3), (7, 3)));

    [Fact]
    public void Validate_SameObjectArgumentsInDifferentFieldOrder_IsValid() =>
        ExpectValid<OverlappingFieldsCanBeMergedRule>("""
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intField: 1, stringListField: ["a", "b"] })
                complexArgField(complexArg: { stringListField: ["a", "b"], intField: 1, requiredField: true })
              }
            }
            """);

    [Fact]
    public void Validate_DifferentListOrderInArguments_ReportsIt() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["a", "b"])
                stringListArgField(stringListArg: ["b", "a"])
              }
            }
            """,
            new ExpectedError("Fields \"stringListArgField\" conflict because they have differing arguments." + Suffix, (3, 5), (4, 5)));

    [Fact]
    public void Validate_ConflictBetweenTwoFragments_ReportsTheFragmentFields() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              ...A
              ...B
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            new ExpectedError("Fields \"x\" conflict because \"a\" and \"b\" are different fields." + Suffix, (6, 3), (9, 3)));

    [Fact]
    public void Validate_SameFragmentPairSpreadInManyPlaces_ReportsEachConflictOnce() =>
        ExpectErrors<OverlappingFieldsCanBeMergedRule>(
            """
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """,
            new ExpectedError("Fields \"x\" conflict because \"a\" and \"b\" are different fields." + Suffix, (17, 3), (20, 3)),
            new ExpectedError("Fields \"x\" conflict because \"c\" and \"a\" are different fields." + Suffix, (13, 5), (17, 3)),
            new ExpectedError("Fields \"x\" conflict because \"c\" and \"b\" are different fields." + Suffix, (13, 5), (20, 3)));

    [Fact]
    public void Validate_IgnoresUnknownFragments() =>
        ExpectValid<OverlappingFieldsCanBeMergedRule>("""
            {
              field
              ...Unknown
              ...Known
            }
            fragment Known on T {
              field
              ...OtherUnknown
            }
            """);
}
