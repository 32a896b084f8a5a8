using Gateway.GraphQL.Validation.Rules;
using static Gateway.GraphQL.Tests.Validation.ValidationHarness;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void Validate_ObjectFieldsAliasesAndTypename_IsValid() =>
        ExpectValid<FieldsOnCorrectTypeRule>("""
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
            """);

    [Fact]
    public void Validate_FieldsOnUnknownType_AreIgnored() =>
        ExpectValid<FieldsOnCorrectTypeRule>("""
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """);

    [Fact]
    public void Validate_UnknownFieldWithUnknownSubfields_ReportsOnlyTheOuterField() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """,
            new ExpectedError("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3)));

    [Fact]
    public void Validate_UnknownSubfield_ReportsOnTheInterface() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """,
            new ExpectedError("Cannot query field \"unknown_field\" on type \"Pet\".", (3, 5)));

    [Fact]
    public void Validate_MisspelledFieldInInlineFragment_SuggestsSimilarField() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """,
            new ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5)));

    [Fact]
    public void Validate_AliasedUnknownField_ReportsTheFieldName() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """,
            new ExpectedError("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)),
            new ExpectedError("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (5, 3)));

    [Fact]
    public void Validate_FieldNotOnInterfaceNorImplementations_HasNoSuggestion() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """,
            new ExpectedError("Cannot query field \"tailLength\" on type \"Pet\".", (2, 3)));

    [Fact]
    public void Validate_FieldOnImplementationsOnly_SuggestsInlineFragments() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment definedOnImplementorsButNotInterface on Pet {
              nickname
            }
            """,
            new ExpectedError("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));

    [Fact]
    public void Validate_DirectFieldOnUnion_ReportsIt() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """,
            new ExpectedError("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)));

    [Fact]
    public void Validate_FieldOnUnionMembers_SuggestsInterfacesByUsageThenSupertypesFirst() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """,
            new ExpectedError(
                "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?",
                (2, 3)));

    [Fact]
    public void Validate_FieldOnOtherUnion_SuggestsMostUsedInterfaceFirst() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            {
              humanOrAlien {
                iq
              }
            }
            """,
            new ExpectedError(
                "Cannot query field \"iq\" on type \"HumanOrAlien\". Did you mean to use an inline fragment on \"Intelligent\", \"Alien\", or \"Human\"?",
                (3, 5)));

    [Fact]
    public void Validate_MetaFieldsOffTheQueryRoot_AreUnknown() =>
        ExpectErrors<FieldsOnCorrectTypeRule>(
            """
            {
              dog {
                __schema { queryType { name } }
              }
            }
            """,
            new ExpectedError("Cannot query field \"__schema\" on type \"Dog\".", (3, 5)));

    [Fact]
    public void Validate_ManySimilarFields_SuggestsAtMostFiveInDistanceOrder()
    {
        var schema = ValidationTestSchema.Build("""
            type T {
              f: Int
              fa: Int
              fb: Int
              fc: Int
              fd: Int
              fe: Int
              ff: Int
            }
            type Query {
              t: T
            }
            """);

        ExpectErrorsWithSchema<FieldsOnCorrectTypeRule>(
            schema,
            "{ t { fz } }",
            new ExpectedError("Cannot query field \"fz\" on type \"T\". Did you mean \"f\", \"fa\", \"fb\", \"fc\", or \"fd\"?", (1, 7)));
    }
}
