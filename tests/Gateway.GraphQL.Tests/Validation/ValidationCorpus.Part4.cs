namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Rule-test documents, part 4.</summary>
internal static partial class ValidationCorpus
{
    private static readonly string[] Part4 =
    [
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
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 1, stringListField: ["a", "b"] })
            complexArgField(complexArg: { stringListField: ["a", "b"], intField: 1, requiredField: true })
          }
        }
        """,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["a", "b"])
            stringListArgField(stringListArg: ["b", "a"])
          }
        }
        """,
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
        """
        {
          field
          ...Unknown
          ...Known
        }
        fragment Known on T {
          field
          ...OtherUnknown
        }
        """,
        """
        fragment objectWithinObject on Dog { ...dogFragment }
        fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
        fragment objectWithinInterface on Pet { ...dogFragment }
        fragment objectWithinUnion on CatOrDog { ...dogFragment }
        fragment unionWithinObject on Dog { ...catOrDogFragment }
        fragment unionWithinInterface on Pet { ...catOrDogFragment }
        fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
        fragment interfaceWithinObject on Dog { ...petFragment }
        fragment interfaceWithinInterface on Pet { ...beingFragment }
        fragment interfaceWithinImplementedInterface on Being { ...petFragment }
        fragment interfaceWithinUnion on CatOrDog { ...petFragment }
        fragment inlineWithoutCondition on Cat { ... { meows } }
        fragment unknownFragment on Dog { ...UnknownFragment }
        fragment unknownParent on UnknownType { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        fragment catOrDogFragment on CatOrDog { __typename }
        fragment petFragment on Pet { name }
        fragment beingFragment on Being { name }
        """,
        """
        fragment invalidObjectWithinObject on Cat {
          ...dogFragment
        }
        fragment dogFragment on Dog {
          barkVolume
        }
        """,
        """
        fragment invalidObjectWithinObjectAnon on Cat {
          ... on Dog {
            barkVolume
          }
        }
        """,
        """
        fragment invalidObjectWithinInterface on Pet { ...humanFragment }
        fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
        fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
        fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
        fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
        fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
        fragment invalidInterfaceWithinInterface on Pet { ...intelligentFragment }
        fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
        fragment humanFragment on Human { name }
        fragment catOrDogFragment on CatOrDog { __typename }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        fragment intelligentFragment on Intelligent { iq }
        fragment petFragment on Pet { name }
        """,
        """
        {
          catOrDog {
            ... on Intelligent {
              iq
            }
          }
        }
        """,
        """
        {
          dog {
            isHouseTrained
            doesKnowCommand(dogCommand: SIT)
          }
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
            reversed: multipleReqs(req2: 2, req1: 1)
            multipleOpts
            nonNullFieldWithDefault
            multipleOptAndReq(req1: 1, req2: 2)
          }
          unknown: unknownField
          human @include(if: true) @unknownDirective {
            name @withArgs(req: 1)
          }
        }
        """,
        """
        {
          complicatedArgs {
            multipleReqs(req2: 2)
            missingAll: multipleReqs
            nonNullIntArgField
          }
        }
        """,
        """
        {
          dog @include {
            name @skip
          }
          cat @withArgs(opt: "y") {
            name
          }
        }
        """,
        """
        mutation {
          addPet @include {
            name @skip
          }
        }
        """,
        """
        fragment scalarSelection on Dog {
          barks
          doesKnowCommand(dogCommand: SIT)
          mother { name }
        }
        {
          human { relatives { name } pets { __typename } }
          catOrDog { __typename }
        }
        """,
        """
        query directQueryOnObjectWithoutSubFields {
          human
        }
        """,
        """
        {
          human { pets relatives }
          pet
        }
        """,
        """
        fragment scalarSelectionsNotAllowedOnBoolean on Dog {
          barks { sinceWhen }
          doesKnowCommand(dogCommand: SIT) { sinceWhen }
        }
        fragment scalarSelectionsNotAllowedOnEnum on Cat {
          furColor { inHexDec }
        }
        """,
        """
        subscription ImportantEmails {
          importantEmails
        }
        """,
        """
        subscription sub {
          ...newMessageFields
        }
        fragment newMessageFields on SubscriptionRoot {
          newMessage {
            body
            sender
          }
        }
        """,
        """
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
        """,
        """
        subscription {
          importantEmails
          notImportantEmails @skip(if: true)
          spamEmails @include(if: false)
        }
        """,
        """
        subscription ImportantEmails {
          importantEmails
          notImportantEmails
        }
        """,
        """
        subscription ImportantEmails {
          __typename
        }
        """,
        """
        subscription ImportantEmails {
          importantEmails
          ...Introspection
        }
        fragment Introspection on SubscriptionRoot {
          __typename
        }
        """,
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
        """
        subscription {
          importantEmails
          notImportantEmails
        }
        """,
        """
        query {
          dog { name }
          cat { name }
        }
        """,
        """
        {
          field(arg1: "value", arg2: "value") @directive(arg1: "value", arg2: "value")
          other: field(arg1: "value") @directive(arg1: "value")
          nested(arg: { arg: 1, arg2: 2 })
        }
        """,
        """
        {
          field(arg1: "value", arg1: "value")
          many: field(arg1: "value", arg1: "value", arg1: "value")
        }
        """,
        """
        {
          field @directive(arg1: "value", arg1: "value")
        }
        """,
        """
        fragment Test on Type @onFragmentDefinition {
          field @onField @include(if: true)
          sameInDifferentPlaces @onField {
            inner @onField
          }
          repeated @repeatable @repeatable @repeatable
          unknown @unknown @unknown
          ...Frag @repeatable @repeatable
        }
        """,
        """
        fragment Test on Type {
          field @onField @onField
        }
        """,
        """
        fragment Test on Type {
          field @onField @onField @onField
        }
        """,
        """
        fragment Test on Type {
          field @include(if: true) @skip(if: true) @include(if: false) @skip(if: false)
        }
        """,
    ];
}
