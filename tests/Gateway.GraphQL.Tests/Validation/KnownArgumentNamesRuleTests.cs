using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void Validate_KnownArgumentsOnFieldsAndDirectives_IsValid() =>
        ExpectValid<KnownArgumentNamesRule>("""
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
            """);

    [Fact]
    public void Validate_UnknownDirectiveArguments_ReportsWithSuggestion() =>
        ExpectErrors<KnownArgumentNamesRule>(
            """
            {
              dog @skip(unless: true)
              cat @include(iff: true)
            }
            """,
            new ExpectedError("Unknown argument \"unless\" on directive \"@skip\".", (2, 13)),
            new ExpectedError("Unknown argument \"iff\" on directive \"@include\". Did you mean \"if\"?", (3, 16)));

    [Fact]
    public void Validate_UnknownFieldArguments_ReportsEachWithSuggestion() =>
        ExpectErrors<KnownArgumentNamesRule>(
            """
            fragment invalidArgName on Dog {
              doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
              misspelled: doesKnowCommand(DogCommand: true)
            }
            """,
            new ExpectedError("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (2, 19)),
            new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 49)),
            new ExpectedError("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (3, 31)));

    [Fact]
    public void Validate_UnknownArgumentsDeepInsideFragments_NamesTheParentType() =>
        ExpectErrors<KnownArgumentNamesRule>(
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
            new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
            new ExpectedError("Unknown argument \"surnam\" on field \"Pet.name\". Did you mean \"surname\"?", (7, 12)),
            new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (9, 25)));
}
