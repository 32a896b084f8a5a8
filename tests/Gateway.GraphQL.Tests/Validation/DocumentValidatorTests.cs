using System.Text;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Validate_RealisticQueryWithVariablesFragmentsAndDirectives_ReturnsNoErrors()
    {
        var errors = Validate("""
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
            """);

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_IntrospectionQuery_ReturnsNoErrors() =>
        Validate(IntrospectionQueryText.Full).Should().BeEmpty();

    [Fact]
    public void Validate_ErrorsFromSeveralRules_AreInTraversalOrderWithRuleAndSpecExtensions()
    {
        var errors = Validate("""
            query Q($unused: Int, $id: ID) {
              dog {
                unknownField
                name(surname: "yes")
              }
              human(id: $id, extra: 1) { name }
            }
            """);

        errors.Select(e => (e.Message, e.Locations[0].Line, e.Locations[0].Column, e.Extensions["rule"])).Should().Equal(
            ("Cannot query field \"unknownField\" on type \"Dog\".", 3, 5, (object?)"FieldsOnCorrectTypeRule"),
            ("Boolean cannot represent a non boolean value: \"yes\"", 4, 19, "ValuesOfCorrectTypeRule"),
            ("Unknown argument \"extra\" on field \"QueryRoot.human\".", 6, 18, "KnownArgumentNamesRule"),
            ("Variable \"$unused\" is never used in operation \"Q\".", 1, 9, "NoUnusedVariablesRule"));
        errors.Should().OnlyContain(e => e.Code == ErrorCodes.ValidationFailed);
        errors[0].Extensions["specifiedBy"].Should().Be("https://spec.graphql.org/October2021/#sec-Field-Selections");
        errors[3].Extensions["specifiedBy"].Should().Be("https://spec.graphql.org/October2021/#sec-All-Variables-Used");
    }

    [Fact]
    public void Validate_OneErrorMoreThanTheLimit_StopsWithTooManyErrors()
    {
        var errors = Validate(UnknownFields(150));

        errors.Should().HaveCount(101);
        errors.Take(100).Should().OnlyContain(e => e.Code == ErrorCodes.ValidationFailed);
        errors[^1].Message.Should().Be("Too many validation errors, error limit reached. Validation aborted.");
        errors[^1].Code.Should().Be(ErrorCodes.TooManyValidationErrors);
        errors[^1].Locations.Should().BeEmpty();
    }

    [Fact]
    public void Validate_ExactlyTheLimit_ReportsAllWithoutTheAbortError()
    {
        var errors = Validate(UnknownFields(100));

        errors.Should().HaveCount(100);
        errors.Should().OnlyContain(e => e.Code == ErrorCodes.ValidationFailed);
    }

    [Fact]
    public void Validate_CustomLimit_StopsAfterThatManyErrors()
    {
        var document = Parser.Parse(UnknownFields(10));

        var errors = DocumentValidator.Validate(ValidationTestSchema.Instance, document, new ValidationOptions { MaxErrors = 3 });

        errors.Select(e => e.Code).Should().Equal(
            ErrorCodes.ValidationFailed, ErrorCodes.ValidationFailed, ErrorCodes.ValidationFailed, ErrorCodes.TooManyValidationErrors);
    }

    [Fact]
    public void Validate_FragmentsSpreadingEachOtherInDeepBinaryTree_FinishesWithoutErrors()
    {
        // Every fragment spreads both fragments of the next level: without memoising compared fragment pairs the
        // overlapping-fields check would make about 4^40 comparisons; with it, a few thousand.
        const int levels = 40;
        var text = new StringBuilder("{ dog { ...A0 ...B0 } }\n");
        for (var i = 0; i < levels; i++)
        {
            text.Append(CultureInfoInvariant($"fragment A{i} on Dog {{ name ...A{i + 1} ...B{i + 1} }}\n"));
            text.Append(CultureInfoInvariant($"fragment B{i} on Dog {{ name ...A{i + 1} ...B{i + 1} }}\n"));
        }

        text.Append(CultureInfoInvariant($"fragment A{levels} on Dog {{ name }}\nfragment B{levels} on Dog {{ name }}\n"));

        Validate(text.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void Validate_ConflictDeepInRepeatedFragments_IsStillFound()
    {
        const int levels = 30;
        var text = new StringBuilder("{ dog { ...A0 ...B0 } }\n");
        for (var i = 0; i < levels; i++)
        {
            text.Append(CultureInfoInvariant($"fragment A{i} on Dog {{ ...A{i + 1} ...B{i + 1} }}\n"));
            text.Append(CultureInfoInvariant($"fragment B{i} on Dog {{ ...A{i + 1} ...B{i + 1} }}\n"));
        }

        text.Append(CultureInfoInvariant($"fragment A{levels} on Dog {{ x: name }}\nfragment B{levels} on Dog {{ x: nickname }}\n"));

        var errors = Validate(text.ToString());

        // Reported once, as graphql-js 16.15 does (checked with tests/js/validate.mjs).
        errors.Select(e => e.Message).Should().Equal(
            "Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.");
    }

    [Fact]
    public void Validate_ManyFragmentsSpreadSideBySide_FinishesWithoutErrors()
    {
        var text = new StringBuilder("{ dog {");
        for (var i = 0; i < 100; i++)
        {
            text.Append(CultureInfoInvariant($" ...F{i}"));
        }

        text.Append(" } }\n");
        for (var i = 0; i < 100; i++)
        {
            text.Append(CultureInfoInvariant($"fragment F{i} on Dog {{ name barkVolume mother {{ name }} }}\n"));
        }

        Validate(text.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void Validate_RecursiveFragments_DoNotLoopForever()
    {
        var errors = Validate("""
            { human { ...fragA } }
            fragment fragA on Human { name ...fragB }
            fragment fragB on Human { name ...fragC }
            fragment fragC on Human { name ...fragA }
            """);

        errors.Select(e => e.Message).Should().Equal(
            "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".");
    }

    private static IReadOnlyList<GraphQLError> Validate(string document) =>
        DocumentValidator.Validate(ValidationTestSchema.Instance, Parser.Parse(document));

    private static string UnknownFields(int count)
    {
        var text = new StringBuilder("{ dog {");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfoInvariant($" unknown{i}"));
        }

        return text.Append(" } }").ToString();
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}
