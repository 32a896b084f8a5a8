namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Documents that break several rules at once, so the order and interplay of errors is compared too.</summary>
internal static partial class ValidationCorpus
{
    private static readonly string[] Combined =
    [
        IntrospectionQueryText.Full,
        """
        {
          __schema { types { fields { type { fields { type { fields { name } } } } } } }
          dog { ... on Dog { x: name x: nickname } }
          pet { ... on Dog { name } ... on Dog { name: nickname } }
          catOrDog { ... { ... on Dog { a: name } } a: __typename }
        }
        """,
        """
        {
          __type(name: "Dog") { ...F }
          again: __type(name: "Cat") { ...F }
        }
        fragment F on __Type { fields { type { ...G } } }
        fragment G on __Type { interfaces { possibleTypes { name ...F } } }
        """,
        """
        directive @custom(arg: Int!, opt: String = "x") on FIELD | OBJECT
        type Cow @custom @custom(arg: 1) {
          name(a: Int @custom, b: Strin): String @deprecated(reason: 1) @onField
          other: [Unknown!]
        }
        extend type Cow @custom(arg: 2)
        input In {
          f: Int = "x" @deprecated @deprecated
          g: In2 @custom
          h: ComplexInput = { requiredField: true, requiredField: false }
        }
        enum E { A @skip(if: true) B @deprecated }
        union U @onQuery = Cow | Dog | Nope
        scalar S @specifiedBy(url: 1) @specifiedBy(url: "x")
        schema @onQuery { query: QueryRoot }
        extend schema @onQuery
        query { dog @custom { name } cat @custom(arg: 1, other: 2) { name } }
        query Q($c: Cow, $e: E, $s: String) { dog { name @custom(arg: $s) } }
        """,
        """
        interface I implements J @deprecated { f(x: Boolean = 1): I }
        extend interface I @onField
        extend union CatOrDog @onQuery
        extend enum DogCommand @onQuery
        extend input ComplexInput @onQuery
        extend scalar String @onQuery
        directive @d(a: [Int] = [1, "2"], b: FurColor = PURPLE) repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION
        { dog { name @d } }
        """,
        """
        query {
          dogg { name }
          dog { nam barkVolum }
        }
        query Named { cat { meows } }
        query Named { cat { meowVolume } }
        """,
        """
        query Q($ints: [Int], $matrix: [[Int]], $complex: ComplexInput, $s: String = "d", $o: OneOfInput) {
          complicatedArgs {
            nestedArgField(nested: { matrix: [$ints, [$ints]], complexList: [$complex, { requiredField: $s }], oneOf: { stringField: $s } })
            deep: nestedArgField(nested: { matrix: $matrix, oneOf: $o })
          }
        }
        """,
        """
        { dog { ...A ...Missing } }
        fragment A on Dog { ...B name }
        fragment B on Dog { ...A nickname }
        fragment C on Cat { ...C meows }
        fragment D on Human { name }
        """,
        """
        subscription Sub {
          ...F
          newMessage { body }
        }
        fragment F on SubscriptionRoot {
          importantEmails
          __typename
        }
        """,
        """
        query ($s: Boolean, $t: Boolean) {
          dog {
            name(surname: $s)
            name(surname: $t)
            alias: nickname
            ... on Dog { alias: barkVolume }
            ...DogBits
          }
        }
        fragment DogBits on Dog {
          name(surname: true)
          alias: nickname
        }
        """,
        """
        query ($v: Int @onField @unknownDir) @onQuery @onQuery @skip {
          dog @include(if: true) @include(if: false) @withArgs(opt: 1) {
            name @skip(if: $v) @deprecated
          }
        }
        """,
        """
        {
          catOrDog { name barks meows }
          pet { nickname ... on Being { name } }
          dogOrHuman { iq }
        }
        """,
        """
        query (
          $a: ComplexInput = { intField: 1, unknown: 2, intField: 3 }
          $b: [ComplexInput] = [{ requiredField: true }, { requiredField: "no" }]
          $c: OneOfInput = { stringField: "a", intField: 1 }
          $d: NestedInput = { matrix: [[null]] }
        ) {
          complicatedArgs {
            complexArgField(complexArg: $a)
            oneOfArgField(oneOfArg: $c)
            nestedArgField(nested: $d)
          }
          human { relatives { pets { name } } }
          x: dog { name }
          x: cat { name }
        }
        """,
        """
        query ($dog: Dog, $u: Unknwn, $list: [CatOrDog!]!, $ok: [FurColor!] = [BROWN, "TAN"]) {
          complicatedArgs { enumArgField(enumArg: [BROWN]) }
          human(id: $u) { name }
        }
        """,
        """
        {
          __type(name: 1) { name fields(includeDeprecated: "yes") { name } }
          __schema { types { name kind { x } } }
          __typename
          dog { __typename __schema { queryType { name } } }
        }
        """,
        """"
        {
          dog {
            name(surname: """block""")
            doesKnowCommand(dogCommand: """SIT""")
          }
          human(id: """
            multi line
          """) { name }
        }
        """",
        """
        {
          human {
            pets { name { first } }
            relatives
            name(surname: true, surname: false)
          }
        }
        """,
        """
        {
          dog { name }
        }
        {
          cat { name }
        }
        fragment Unused on Dog { name ...Unused }
        """,
        """
        query Q($used: Boolean!, $unusedInQ: Int) {
          dog @skip(if: $undefinedVar) {
            ...Frag @include(if: $used)
            ... @include(if: $fromInline) { name }
          }
        }
        query R {
          dog { ...Frag }
        }
        fragment Frag on Dog @skip(if: $fromFragment) {
          doesKnowCommand(dogCommand: $command)
        }
        """,
        """
        query ($a: Int, $a: String, $b: [[Int!]!], $c: [Int]!) {
          complicatedArgs {
            intArgField(intArg: $a)
            nestedArgField(nested: { matrix: $b })
            stringListArgField(stringListArg: $c)
            complexArgField(complexArg: { requiredField: $bool, nonNullField: $bool })
          }
        }
        """,
        """
        query ($bool: Boolean) {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: $bool, nonNullField: $bool })
            multipleOptAndReq(req1: $int, opt1: $int)
          }
        }
        """,
        """
        subscription { __typename }
        """,
        """
        mutation { addPet(name: "Rex") { name ... on Dog { barks } ... on Cat { barks } } }
        mutation M { addPet(name: 1) }
        """,
        """
        {
          pet {
            ... on Dog { name(surname: true) }
            ... on Cat { name(surname: false) }
            ... on Pet { name }
          }
        }
        """,
        """
        {
          dog {
            mother { ...M }
            mother { name: nickname }
          }
        }
        fragment M on Dog { name }
        """,
        """
        query Q($v: FurColor = SPOTTED, $w: FurColor = spotted, $x: [FurColor] = [BLACK, 1]) {
          complicatedArgs {
            enumArgField(enumArg: $v)
            a: enumArgField(enumArg: $w)
            b: enumArgField(enumArg: NOT_A_COLOR)
            c: enumArgField(enumArg: null)
          }
        }
        """,
        """
        {
          complicatedArgs {
            a: oneOfArgField(oneOfArg: { stringField: "a", stringField: "b" })
            b: oneOfArgField(oneOfArg: { unknownField: 1 })
            c: nonNullOneOfArgField(oneOfArg: null)
            d: nonNullOneOfArgField
            e: oneOfArgField(oneOfArg: "string")
            f: oneOfArgField(oneOfArg: [{ intField: 1 }])
          }
        }
        """,
        """
        query ($o: OneOfInput!, $i: Int!, $n: Int) {
          complicatedArgs {
            a: oneOfArgField(oneOfArg: $o)
            b: oneOfArgField(oneOfArg: { intField: $i })
            c: oneOfArgField(oneOfArg: { intField: $n })
            d: nestedArgField(nested: { oneOf: { intField: $n }, withDefault: $n })
          }
        }
        """,
        """
        fragment onScalar on Int { x }
        fragment onInput on ComplexInput { x }
        fragment onUnknown on Nope { x }
        query { dog { ...onScalar ...onInput ...onUnknown ... on String { y } ... on Boolean @skip(if: true) { z } } }
        """,
        """
        {
          dog {
            isAtLocation(x: 1, y: 2)
            isAtLocation(y: 2, x: 1)
            other: isAtLocation(x: 1.5, y: "2", z: 3)
          }
          complicatedArgs {
            floatArgField(floatArg: 1e3)
            idArgField(idArg: -5)
            intArgField(intArg: 2147483648)
            negative: intArgField(intArg: -2147483648)
            stringArgField(stringArg: "\u00e9\n\"quoted\"")
            badString: intArgField(intArg: "\u00e9\n\"quoted\"")
          }
        }
        """,
        """
        query Deep {
          human {
            pets {
              ... on Dog {
                mother { father { mother { name(surname: 1) owner } } }
              }
              ... on Cat {
                name
                furColor(format: HEX)
              }
            }
          }
        }
        """,
    ];
}
