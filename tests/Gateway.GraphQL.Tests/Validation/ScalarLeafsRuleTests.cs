using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    [Fact]
    public void Validate_LeavesWithoutAndCompositesWithSelections_IsValid() =>
        ExpectValid<ScalarLeafsRule>("""
            fragment scalarSelection on Dog {
              barks
              doesKnowCommand(dogCommand: SIT)
              mother { name }
            }
            {
              human { relatives { name } pets { __typename } }
              catOrDog { __typename }
            }
            """);

    [Fact]
    public void Validate_ObjectWithoutSelection_ReportsFieldWithHint() =>
        ExpectErrors<ScalarLeafsRule>(
            """
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """,
            new ExpectedError("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));

    [Fact]
    public void Validate_ListAndNonNullListWithoutSelection_ReportsTheFullType() =>
        ExpectErrors<ScalarLeafsRule>(
            """
            {
              human { pets relatives }
              pet
            }
            """,
            new ExpectedError("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11)),
            new ExpectedError("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (2, 16)),
            new ExpectedError("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", (3, 3)));

    [Fact]
    public void Validate_SelectionOnScalarAndEnum_ReportsTheSelectionSet() =>
        ExpectErrors<ScalarLeafsRule>(
            """
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
              doesKnowCommand(dogCommand: SIT) { sinceWhen }
            }
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """,
            new ExpectedError("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)),
            new ExpectedError("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 36)),
            new ExpectedError("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (6, 12)));
}
