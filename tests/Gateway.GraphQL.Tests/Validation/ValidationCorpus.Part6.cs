namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Rule-test documents, part 6.</summary>
internal static partial class ValidationCorpus
{
    private static readonly string[] Part6 =
    [
        """
        query PetsAndPeople($id: ID, $withNick: Boolean = false, $command: DogCommand!, $filter: ComplexInput) {
          human(id: $id) {
            name
            ...HumanDetails
          }
          dog {
            ...DogDetails
            nickname @include(if: $withNick)
            doesKnowCommand(dogCommand: $command)
          }
          catOrDog {
            __typename
            ... on Cat { meows furColor }
            ... on Dog { barks }
          }
          complicatedArgs {
            complexArgField(complexArg: $filter)
            oneOfArgField(oneOfArg: { stringField: "x" })
          }
        }
        fragment HumanDetails on Human {
          pets { name ... on Dog { barkVolume } }
          relatives { name }
        }
        fragment DogDetails on Dog {
          name
          mother { name }
        }
        """,
        """
        query Q($unused: Int, $id: ID) {
          dog {
            unknownField
            name(surname: "yes")
          }
          human(id: $id, extra: 1) { name }
        }
        """,
        """
        { human { ...fragA } }
        fragment fragA on Human { name ...fragB }
        fragment fragB on Human { name ...fragC }
        fragment fragC on Human { name ...fragA }
        """,
    ];
}
