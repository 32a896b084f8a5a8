using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void Validate_GoodValuesOfEveryKind_IsValid() =>
        ExpectValid<ValuesOfCorrectTypeRule>("""
            query ($a: Int = 1, $b: String = "ok", $c: ComplexInput = { requiredField: true, intField: 3 }, $d: Int! = 123, $e: [Int] = 1) {
              complicatedArgs {
                intArgField(intArg: 2)
                nonNullIntArgField(nonNullIntArg: 2)
                stringArgField(stringArg: "foo")
                booleanArgField(booleanArg: true)
                enumArgField(enumArg: BROWN)
                floatArgField(floatArg: 1.1)
                floatFromInt: floatArgField(floatArg: 1)
                idArgField(idArg: "someIdString")
                idFromInt: idArgField(idArg: 1)
                stringListArgField(stringListArg: ["one", null, "two"])
                singleItem: stringListArgField(stringListArg: "one")
                complexArgField(complexArg: { requiredField: true, stringListField: ["a"] })
                nullable: intArgField(intArg: null)
                variable: intArgField(intArg: $a)
                oneOfArgField(oneOfArg: { intField: 1 })
                nullOneOf: oneOfArgField(oneOfArg: null)
                nestedArgField(nested: { matrix: [[1, 2], [3]], complexList: { requiredField: false }, withDefault: 2 })
              }
              dog {
                doesKnowCommand(dogCommand: SIT) @include(if: true)
              }
            }
            """);

    [Fact]
    public void Validate_WrongScalarLiterals_ReportsTheScalarsMessage() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                intArgField(intArg: "3")
                big: intArgField(intArg: 829384293849283498239482938)
                floatArgField(floatArg: true)
                stringArgField(stringArg: 1)
                booleanArgField(booleanArg: 2)
                idArgField(idArg: 1.0)
              }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: \"3\"", (3, 25)),
            new ExpectedError("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (4, 30)),
            new ExpectedError("Float cannot represent non numeric value: true", (5, 29)),
            new ExpectedError("String cannot represent a non string value: 1", (6, 31)),
            new ExpectedError("Boolean cannot represent a non boolean value: 2", (7, 33)),
            new ExpectedError("ID cannot represent a non-string and non-integer value: 1.0", (8, 23)));

    [Fact]
    public void Validate_WrongEnumLiterals_ReportsWithSuggestions() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            {
              dog {
                a: doesKnowCommand(dogCommand: 2)
                b: doesKnowCommand(dogCommand: "SIT")
                c: doesKnowCommand(dogCommand: sit)
                d: doesKnowCommand(dogCommand: JUGGLE)
                e: doesKnowCommand(dogCommand: true)
              }
            }
            """,
            new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: 2.", (3, 36)),
            new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (4, 36)),
            new ExpectedError("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (5, 36)),
            new ExpectedError("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (6, 36)),
            new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: true.", (7, 36)));

    [Fact]
    public void Validate_WrongListsAndValuesInLists_ReportsTheItemOrTheWholeValue() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", 2])
                single: stringListArgField(stringListArg: 1)
                nonNullItems: stringListNonNullArgField(stringListNonNullArg: ["one", null])
                intArgField(intArg: [1])
                complexArgField(complexArg: [1])
                object: intArgField(intArg: { a: 1 })
              }
            }
            """,
            new ExpectedError("String cannot represent a non string value: 2", (3, 47)),
            new ExpectedError("String cannot represent a non string value: 1", (4, 47)),
            new ExpectedError("Expected value of type \"String!\", found null.", (5, 75)),
            new ExpectedError("Int cannot represent non-integer value: [1]", (6, 25)),
            new ExpectedError("Expected value of type \"ComplexInput\", found [1].", (7, 33)),
            new ExpectedError("Int cannot represent non-integer value: {a: 1}", (8, 33)));

    [Fact]
    public void Validate_InputObjectsWithMissingUnknownAndNullFields_ReportsEachIncludingNestedLists() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
                wrongField: complexArgField(complexArg: { requiredField: true, invalidField: "value" })
                nullRequired: complexArgField(complexArg: { requiredField: null })
                nested: nestedArgField(nested: { matrix: [[1, null], [2]], complexList: [{ requiredField: true }, null] })
              }
            }
            """,
            new ExpectedError("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33)),
            new ExpectedError("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (4, 68)),
            new ExpectedError("Expected value of type \"Boolean!\", found null.", (5, 64)),
            new ExpectedError("Expected value of type \"Int!\", found null.", (6, 51)),
            new ExpectedError("Expected value of type \"ComplexInput!\", found null.", (6, 103)));

    [Fact]
    public void Validate_BadVariableDefaultValues_ReportsEach() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            query InvalidDefaultValues(
              $a: Int = "one"
              $b: String = 4
              $c: ComplexInput = "NotVeryComplex"
              $d: Int! = null
              $e: ComplexInput = { requiredField: null, intField: null }
            ) {
              dog { name }
            }
            """,
            new ExpectedError("Int cannot represent non-integer value: \"one\"", (2, 13)),
            new ExpectedError("String cannot represent a non string value: 4", (3, 16)),
            new ExpectedError("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (4, 22)),
            new ExpectedError("Expected value of type \"Int!\", found null.", (5, 14)),
            new ExpectedError("Expected value of type \"Boolean!\", found null.", (6, 39)));

    [Fact]
    public void Validate_BadDirectiveArguments_ReportsEach() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
            }
            """,
            new ExpectedError("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
            new ExpectedError("Boolean cannot represent a non boolean value: ENUM", (3, 20)));

    [Fact]
    public void Validate_OneOfLiterals_ReportsKeyCountAndNullButLeavesVariablesToVariableRule() =>
        ExpectErrors<ValuesOfCorrectTypeRule>(
            """
            query ($string: String, $int: Int!) {
              complicatedArgs {
                a: oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
                b: oneOfArgField(oneOfArg: { stringField: null })
                c: oneOfArgField(oneOfArg: { stringField: $string })
                d: oneOfArgField(oneOfArg: {})
                e: oneOfArgField(oneOfArg: { intField: $int })
                f: nestedArgField(nested: { oneOf: { intField: 1, stringField: "x" } })
              }
            }
            """,
            new ExpectedError("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 32)),
            new ExpectedError("Field \"OneOfInput.stringField\" must be non-null.", (4, 32)),
            new ExpectedError("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (6, 32)),
            new ExpectedError("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (8, 40)));

    [Fact]
    public void Validate_ValuesUnderUnknownArguments_AreNotChecked() =>
        ExpectValid<ValuesOfCorrectTypeRule>("""
            {
              complicatedArgs {
                intArgField(unknownArg: "anything", intArg: 1)
                unknownField(arg: { any: [1, "x"] })
              }
            }
            """);
}
