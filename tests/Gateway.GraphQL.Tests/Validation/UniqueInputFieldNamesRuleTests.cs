using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void Validate_DistinctFieldsAtEachLevel_IsValid() =>
        ExpectValid<UniqueInputFieldNamesRule>("""
            {
              field(arg: { f: true })
              other: field(arg1: { f: true }, arg2: { f: true })
              multiple: field(arg: { f1: "value", f2: "value", f3: "value" })
              nested: field(arg: { deep: { deep: { id: 1 }, id: 1 }, id: 1 })
              inList: field(arg: [{ id: 1 }, { id: 2 }])
            }
            """);

    [Fact]
    public void Validate_DuplicateField_ReportsFirstAndRepeat() =>
        ExpectErrors<UniqueInputFieldNamesRule>(
            """
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """,
            new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 29)));

    [Fact]
    public void Validate_ManyDuplicates_ReportsEachRepeatAgainstTheFirst() =>
        ExpectErrors<UniqueInputFieldNamesRule>(
            """
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """,
            new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
            new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 42)));

    [Fact]
    public void Validate_DuplicateInNestedObject_ReportsAtThatLevel() =>
        ExpectErrors<UniqueInputFieldNamesRule>(
            """
            {
              field(arg: { f1: { f2: "value", f2: "value" } })
            }
            """,
            new ExpectedError("There can be only one input field named \"f2\".", (2, 22), (2, 35)));
}
