using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Validate_OnlyOperation_IsValid() =>
        ExpectValid<ExecutableDefinitionsRule>("""
            query Foo {
              dog {
                name
              }
            }
            """);

    [Fact]
    public void Validate_OperationAndFragment_IsValid() =>
        ExpectValid<ExecutableDefinitionsRule>("""
            query Foo {
              dog {
                name
                ...Frag
              }
            }
            fragment Frag on Dog {
              name
            }
            """);

    [Fact]
    public void Validate_TypeDefinitionAndExtension_ReportsEachByName() =>
        ExpectErrors<ExecutableDefinitionsRule>(
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
            new ExpectedError("The \"Cow\" definition is not executable.", (7, 1)),
            new ExpectedError("The \"Dog\" definition is not executable.", (11, 1)));

    [Fact]
    public void Validate_SchemaDefinitionAndExtension_ReportsSchema() =>
        ExpectErrors<ExecutableDefinitionsRule>(
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
            new ExpectedError("The schema definition is not executable.", (1, 1)),
            new ExpectedError("The schema definition is not executable.", (5, 1)));

    [Fact]
    public void Validate_DirectiveAndScalarDefinitions_ReportsEachByName() =>
        ExpectErrors<ExecutableDefinitionsRule>(
            """
            directive @custom on FIELD
            scalar Date
            { dog { name } }
            """,
            new ExpectedError("The \"custom\" definition is not executable.", (1, 1)),
            new ExpectedError("The \"Date\" definition is not executable.", (2, 1)));
}
