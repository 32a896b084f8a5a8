using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Validate_RequiredArgumentsGivenOrDefaulted_IsValid() =>
        ExpectValid<ProvidedRequiredArgumentsRule>("""
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
            """);

    [Fact]
    public void Validate_MissingFieldArguments_ReportsEachMissingArgumentAtTheField() =>
        ExpectErrors<ProvidedRequiredArgumentsRule>(
            """
            {
              complicatedArgs {
                multipleReqs(req2: 2)
                missingAll: multipleReqs
                nonNullIntArgField
              }
            }
            """,
            new ExpectedError("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
            new ExpectedError("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 5)),
            new ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 5)),
            new ExpectedError("Field \"nonNullIntArgField\" argument \"nonNullIntArg\" of type \"Int!\" is required, but it was not provided.", (5, 5)));

    [Fact]
    public void Validate_MissingDirectiveArguments_ReportsEachDirective() =>
        ExpectErrors<ProvidedRequiredArgumentsRule>(
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
            new ExpectedError("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
            new ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)),
            new ExpectedError("Directive \"@withArgs\" argument \"req\" of type \"Int!\" is required, but it was not provided.", (5, 7)));

    [Fact]
    public void Validate_MissingArgumentsOnNestedNodes_ReportsFieldsWhenLeavingThem() =>
        ExpectErrors<ProvidedRequiredArgumentsRule>(
            """
            mutation {
              addPet @include {
                name @skip
              }
            }
            """,
            new ExpectedError("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 10)),
            new ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)),
            new ExpectedError("Field \"addPet\" argument \"name\" of type \"String!\" is required, but it was not provided.", (2, 3)));
}
