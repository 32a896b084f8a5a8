using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    [Fact]
    public void Validate_CompatibleVariablesInEveryKindOfPosition_IsValid() =>
        ExpectValid<VariablesInAllowedPositionRule>("""
            query Query(
              $boolean: Boolean
              $nonNullBoolean: Boolean!
              $string: String
              $nonNullString: String!
              $stringList: [String]
              $nonNullStringList: [String!]
              $complex: ComplexInput
              $intWithDefault: Int = 1
              $int: Int
              $nonNullInt: Int!
              $row: [Int!]
              $matrix: [[Int!]]
              $oneOf: OneOfInput
              $nonNullOneOf: OneOfInput!
            ) {
              complicatedArgs {
                booleanArgField(booleanArg: $boolean)
                fromNonNull: booleanArgField(booleanArg: $nonNullBoolean)
                stringListArgField(stringListArg: $stringList)
                fromNonNullItems: stringListArgField(stringListArg: $nonNullStringList)
                inItem: stringListArgField(stringListArg: ["a", $string, $nonNullString])
                complexArgField(complexArg: $complex)
                inField: complexArgField(complexArg: { requiredField: $nonNullBoolean, intField: $int })
                nonNullIntArgField(nonNullIntArg: $intWithDefault)
                nonNullFieldWithDefault(arg: $int)
                nestedArgField(nested: { matrix: $matrix, withDefault: $int })
                rows: nestedArgField(nested: { matrix: [$row, [$nonNullInt]] })
                oneOfArgField(oneOfArg: $oneOf)
                nonNullOneOfArgField(oneOfArg: $nonNullOneOf)
                inOneOf: oneOfArgField(oneOfArg: { intField: $nonNullInt })
                ...Frag
              }
              dog @include(if: $nonNullBoolean) {
                name
              }
            }
            fragment Frag on ComplicatedArgs {
              booleanArgField(booleanArg: $boolean)
            }
            """);

    [Fact]
    public void Validate_NullableIntInNonNullPosition_ReportsDefinitionAndUse() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """,
            new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Validate_NullableIntInNonNullPositionInsideFragment_ReportsDefinitionAndUse() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            """
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }
            query Query($intArg: Int) {
              complicatedArgs {
                ...nonNullIntArgFieldFrag
              }
            }
            """,
            new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (4, 13), (2, 37)));

    [Fact]
    public void Validate_NullDefaultDoesNotMakeVariableNonNull_ReportsIt() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """,
            new ExpectedError("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Validate_WrongTypesListsAndDirectives_ReportsEach() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Query($stringVar: String, $boolVar: Boolean, $stringListVar: [String]) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
                stringListArgField(stringListArg: $stringVar)
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
              dog @include(if: $boolVar)
            }
            """,
            new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (3, 33)),
            new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (4, 39)),
            new ExpectedError("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 52), (5, 53)),
            new ExpectedError("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 33), (7, 20)));

    [Fact]
    public void Validate_VariablesInNestedListsAndInputObjects_ReportsTheItemType() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query Query($int: Int, $row: [Int], $complex: ComplexInput) {
              complicatedArgs {
                nestedArgField(nested: { matrix: [[$int], $row], complexList: [$complex] })
              }
            }
            """,
            new ExpectedError("Variable \"$int\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 40)),
            new ExpectedError("Variable \"$row\" of type \"[Int]\" used in position expecting type \"[Int!]\".", (1, 24), (3, 47)),
            new ExpectedError("Variable \"$complex\" of type \"ComplexInput\" used in position expecting type \"ComplexInput!\".", (1, 37), (3, 68)));

    [Fact]
    public void Validate_NullableVariablesInOneOfFields_ReportsEvenWithDefault() =>
        ExpectErrors<VariablesInAllowedPositionRule>(
            """
            query ($s: String, $withDefault: String = "x", $i: Int, $o: OneOfInput) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $s })
                withDefault: oneOfArgField(oneOfArg: { stringField: $withDefault })
                nestedArgField(nested: { oneOf: { intField: $i } })
                nonNullOneOfArgField(oneOfArg: $o)
              }
            }
            """,
            new ExpectedError("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 8), (3, 44)),
            new ExpectedError("Variable \"$withDefault\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 20), (4, 57)),
            new ExpectedError("Variable \"$i\" is of type \"Int\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 48), (5, 49)),
            new ExpectedError("Variable \"$o\" of type \"OneOfInput\" used in position expecting type \"OneOfInput!\".", (1, 57), (6, 36)));

    [Fact]
    public void Validate_UndefinedVariablesAndUnknownPositions_AreLeftToOtherRules() =>
        ExpectValid<VariablesInAllowedPositionRule>("""
            query Query($unknownType: Unknown) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $undefined)
                unknownField(arg: $unknownType)
                intArgField(unknownArg: $unknownType)
              }
            }
            """);
}
