using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void Validate_OverlappingTypesInEveryCombination_IsValid() =>
        ExpectValid<PossibleFragmentSpreadsRule>("""
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
            """);

    [Fact]
    public void Validate_ObjectIntoDifferentObject_ReportsTheSpread() =>
        ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidObjectWithinObject on Cat {
              ...dogFragment
            }
            fragment dogFragment on Dog {
              barkVolume
            }
            """,
            new ExpectedError("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)));

    [Fact]
    public void Validate_InlineObjectIntoDifferentObject_ReportsTheInlineFragment() =>
        ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog {
                barkVolume
              }
            }
            """,
            new ExpectedError("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)));

    [Fact]
    public void Validate_NonOverlappingAbstractTypes_ReportsEachSpread() =>
        ExpectErrors<PossibleFragmentSpreadsRule>(
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
            new ExpectedError("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)),
            new ExpectedError("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (2, 49)),
            new ExpectedError("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (3, 46)),
            new ExpectedError("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (4, 47)),
            new ExpectedError("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (5, 48)),
            new ExpectedError("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (6, 48)),
            new ExpectedError("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (7, 51)),
            new ExpectedError("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (8, 56)));

    [Fact]
    public void Validate_InlineInterfaceIntoNonOverlappingUnion_ReportsIt() =>
        ExpectErrors<PossibleFragmentSpreadsRule>(
            """
            {
              catOrDog {
                ... on Intelligent {
                  iq
                }
              }
            }
            """,
            new ExpectedError("Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Intelligent\".", (3, 5)));
}
