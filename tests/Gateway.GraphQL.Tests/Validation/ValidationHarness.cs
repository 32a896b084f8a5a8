using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Runs one rule (or all rules) over a document and compares errors exactly: messages, locations and extensions.</summary>
internal static class ValidationHarness
{
    public static IReadOnlyList<GraphQLError> Validate<TRule>(string document, Schema? schema = null)
        where TRule : ValidationRule, new() =>
        DocumentValidator.Validate(schema ?? ValidationTestSchema.Instance, Parser.Parse(document), RulePlan<TRule>.Plan);

    public static void ExpectValid<TRule>(string document, Schema? schema = null)
        where TRule : ValidationRule, new() =>
        Validate<TRule>(document, schema).Select(e => e.ToString()).Should().BeEmpty();

    public static void ExpectErrors<TRule>(string document, params ExpectedError[] expected)
        where TRule : ValidationRule, new() =>
        ExpectErrorsWithSchema<TRule>(ValidationTestSchema.Instance, document, expected);

    public static void ExpectErrorsWithSchema<TRule>(Schema schema, string document, params ExpectedError[] expected)
        where TRule : ValidationRule, new()
    {
        var errors = Validate<TRule>(document, schema);
        var actual = errors.Select(e => new ExpectedError(e.Message, e.Locations.Select(l => (l.Line, l.Column)).ToArray())).ToList();
        actual.Select(Describe).Should().Equal(expected.Select(Describe));

        var rule = new TRule();
        foreach (var error in errors)
        {
            error.Extensions["code"].Should().Be(ErrorCodes.ValidationFailed);
            error.Extensions["rule"].Should().Be(typeof(TRule).Name);
            error.Extensions["specifiedBy"].Should().Be(rule.SpecifiedBy);
        }
    }

    private static string Describe(ExpectedError error) =>
        error.Message + " @ " + string.Join(", ", error.Locations.Select(l => $"{l.Line}:{l.Column}"));

    private static class RulePlan<TRule>
        where TRule : ValidationRule, new()
    {
        public static ValidationRulePlan Plan { get; } = new([() => new TRule()]);
    }
}
