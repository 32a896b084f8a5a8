using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class MaxIntrospectionDepthRuleTests
{
    [Fact]
    public void Validate_StandardIntrospectionQuery_IsValid() =>
        ExpectValid<MaxIntrospectionDepthRule>(IntrospectionQueryText.Full);

    [Fact]
    public void Validate_ThreeNestedFieldsLists_ReportsTheIntrospectionField() =>
        ExpectErrors<MaxIntrospectionDepthRule>(
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Validate_NestingThroughFragments_ReportsIt() =>
        ExpectErrors<MaxIntrospectionDepthRule>(
            """
            {
              __type(name: "Dog") { ...F }
            }
            fragment F on __Type { fields { type { ...G } } }
            fragment G on __Type { interfaces { possibleTypes { name } } }
            """,
            new ExpectedError("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Validate_TwoListsDeepAndRecursiveFragments_IsValid() =>
        ExpectValid<MaxIntrospectionDepthRule>("""
            {
              __schema { types { fields { type { name ...R } } } }
            }
            fragment R on __Type { ofType { ...R } }
            """);
}
