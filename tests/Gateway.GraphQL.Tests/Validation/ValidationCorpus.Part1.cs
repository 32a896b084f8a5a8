namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Rule-test documents, part 1.</summary>
internal static partial class ValidationCorpus
{
    private static readonly string[] Part1 =
    [
        """
        query Foo {
          dog {
            name
          }
        }
        """,
        """
        query Foo {
          dog {
            name
            ...Frag
          }
        }
        fragment Frag on Dog {
          name
        }
        """,
        """
        query Foo {
          dog {
            name
          }
        }

        type Cow {
          name: String
        }

        extend type Dog {
          color: String
        }
        """,
        """
        schema {
          query: QueryRoot
        }

        extend schema @onQuery

        query Foo {
          dog {
            name
          }
        }
        """,
        """
        directive @custom on FIELD
        scalar Date
        { dog { name } }
        """,
        """
        fragment objectFieldSelection on Dog {
          __typename
          name
          otherName : name
          lyingName : nickname
        }
        fragment interfaceFieldSelection on Pet {
          __typename
          name
        }
        fragment typenameOnUnion on CatOrDog {
          __typename
        }
        query metaFields {
          __schema { queryType { name } }
          __type(name: "Dog") { name }
          __typename
        }
        """,
        """
        fragment unknownSelection on UnknownType {
          unknownField
        }
        """,
        """
        fragment deepFieldNotDefined on Dog {
          unknown_field {
            deeper_unknown_field
          }
        }
        """,
        """
        fragment subFieldNotDefined on Human {
          pets {
            unknown_field
          }
        }
        """,
        """
        fragment fieldNotDefined on Pet {
          ... on Dog {
            meowVolume
          }
        }
        """,
        """
        fragment aliasedFieldTargetNotDefined on Dog {
          volume : mooVolume
        }
        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume : kawVolume
        }
        """,
        """
        fragment notDefinedOnInterface on Pet {
          tailLength
        }
        """,
        """
        fragment definedOnImplementorsButNotInterface on Pet {
          nickname
        }
        """,
        """
        fragment directFieldSelectionOnUnion on CatOrDog {
          directField
        }
        """,
        """
        fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
          name
        }
        """,
        """
        {
          humanOrAlien {
            iq
          }
        }
        """,
        """
        {
          dog {
            __schema { queryType { name } }
          }
        }
        """,
        """
        fragment validFragment on Dog {
          barks
        }
        fragment validFragmentOnInterface on Pet {
          name
        }
        fragment validFragmentOnUnion on CatOrDog {
          __typename
        }
        fragment validInlineFragment on Pet {
          ... on Dog {
            barks
          }
          ... {
            name
          }
        }
        fragment unknownType on Unknown {
          name
        }
        """,
        """
        fragment scalarFragment on Boolean {
          bad
        }
        fragment enumFragment on FurColor {
          bad
        }
        fragment inputFragment on ComplexInput {
          stringField
        }
        """,
        """
        fragment invalidFragment on Pet {
          ... on String {
            barks
          }
        }
        """,
        """
        fragment multipleArgs on ComplicatedArgs {
          multipleReqs(req1: 1, req2: 2)
          multipleReqsReversed: multipleReqs(req2: 2, req1: 1)
        }
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT) @include(if: true)
          isHouseTrained
          unknownField(unknown: SIT)
        }
        {
          dog @skip(if: false) @unknownDirective(unknownArg: 1) {
            name
          }
        }
        """,
        """
        {
          dog @skip(unless: true)
          cat @include(iff: true)
        }
        """,
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
          misspelled: doesKnowCommand(DogCommand: true)
        }
        """,
        """
        {
          dog {
            doesKnowCommand(unknown: true)
          }
          human {
            pets {
              name(surnam: true)
              ... on Dog {
                doesKnowCommand(unknown: true)
              }
            }
          }
        }
        """,
        """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          name @include(if: $var)
          ...Frag @include(if: true)
          skippedField @skip(if: true)
          ...SkippedFrag @skip(if: true) @onFragmentSpread
          ... @skip(if: true) @onInlineFragment {
            skippedField
          }
          deprecatedOk: name @onField
        }
        mutation @onMutation {
          someField
        }
        subscription @onSubscription {
          someField
        }
        fragment Frag on SomeType @onFragmentDefinition {
          someField
        }
        """,
        """
        {
          dog @unknown(directive: "value") {
            name
          }
          human @unknown(directive: "value") {
            name
            pets @unknown(directive: "value") {
              name
            }
          }
        }
        """,
        """
        query Foo($var: Boolean @onField) @include(if: true) {
          name @onQuery @include(if: $var)
          ...Frag @onQuery
          ... @onFragmentSpread {
            name
          }
        }
        mutation Bar @onQuery {
          someField
        }
        subscription Baz @onMutation {
          someField
        }
        fragment Frag on Dog @onInlineFragment {
          name
        }
        """,
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human {
              ...HumanFields2
            }
            ... {
              name
            }
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        """,
        """
        {
          human(id: 4) {
            ...UnknownFragment1
            ... on Human {
              ...UnknownFragment2
            }
          }
        }
        fragment HumanFields on Human {
          name
          ...UnknownFragment3
        }
        """,
        """
        query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
          human(id: 4) {
            pets { ... on Pet { name }, ...PetFields, ... { name } }
          }
        }
        fragment PetFields on Pet {
          name
        }
        """,
        """
        query Foo($var: JumbledUpLetters) {
          human(id: 4) {
            name
            pets { ... on Badger { name }, ...PetFields }
          }
        }
        fragment PetFields on Peat {
          name
        }
        """,
        """
        query ($a: [[Strin!]]!) { dog { name } }
        """,
    ];
}
