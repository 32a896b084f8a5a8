namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Rule-test documents, part 5.</summary>
internal static partial class ValidationCorpus
{
    private static readonly string[] Part5 =
    [
        """
        query ($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery {
          ...Frag @onFragmentSpread @onFragmentSpread
        }
        fragment Frag on Type @onFragmentDefinition @onFragmentDefinition {
          field
        }
        """,
        """
        {
          ...fragA
          ...fragB
          ... on Type {
            fieldC
          }
        }
        fragment fragA on Type {
          fieldA
        }
        fragment fragB on Type {
          fieldB
        }
        """,
        """
        query Foo {
          ...Foo
        }
        fragment Foo on Type {
          field
        }
        """,
        """
        {
          ...fragA
        }
        fragment fragA on Type {
          fieldA
        }
        fragment fragA on Type {
          fieldB
        }
        """,
        """
        fragment fragA on Type { fieldA }
        fragment fragA on Type { fieldB }
        fragment fragA on Type { fieldC }
        """,
        """
        {
          field(arg: { f: true })
          other: field(arg1: { f: true }, arg2: { f: true })
          multiple: field(arg: { f1: "value", f2: "value", f3: "value" })
          nested: field(arg: { deep: { deep: { id: 1 }, id: 1 }, id: 1 })
          inList: field(arg: [{ id: 1 }, { id: 2 }])
        }
        """,
        """
        {
          field(arg: { f1: "value", f1: "value" })
        }
        """,
        """
        {
          field(arg: { f1: "value", f1: "value", f1: "value" })
        }
        """,
        """
        {
          field(arg: { f1: { f2: "value", f2: "value" } })
        }
        """,
        """
        query Foo { field }
        query Bar { field }
        mutation Baz { field }
        subscription Qux { field }
        """,
        """
        query Foo {
          fieldA
        }
        query Foo {
          fieldB
        }
        """,
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
        """
        { field }
        """,
        """
        query A($x: Int, $y: String) { __typename }
        query B($x: String, $y: Int) { __typename }
        """,
        """
        query A($x: Int, $x: Int, $x: String) { __typename }
        query B($x: String, $x: Int) { __typename }
        query C($x: Int, $x: Int) { __typename }
        """,
        """
        query ($b: Int, $a: Int, $a: Int, $b: Int) { __typename }
        """,
        """
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
        """,
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
        """
        {
          dog @include(if: "yes") {
            name @skip(if: ENUM)
          }
        }
        """,
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
        """
        {
          complicatedArgs {
            intArgField(unknownArg: "anything", intArg: 1)
            unknownField(arg: { any: [1, "x"] })
          }
        }
        """,
        """
        query Foo($a: Unknown, $b: [[Unknown!]]!) {
          field(a: $a, b: $b)
        }
        """,
        """
        query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor, $e: OneOfInput!) {
          field(a: $a, b: $b, c: $c, d: $d, e: $e)
        }
        """,
        """
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
          field(a: $a, b: $b, c: $c)
        }
        """,
        """
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
        """,
        """
        query Query($intArg: Int) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intArg)
          }
        }
        """,
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
        """
        query Query($intVar: Int = null) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
        """,
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
        """
        query Query($int: Int, $row: [Int], $complex: ComplexInput) {
          complicatedArgs {
            nestedArgField(nested: { matrix: [[$int], $row], complexList: [$complex] })
          }
        }
        """,
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
        """
        query Query($unknownType: Unknown) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $undefined)
            unknownField(arg: $unknownType)
            intArgField(unknownArg: $unknownType)
          }
        }
        """,
    ];
}
