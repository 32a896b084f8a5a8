using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Checking a literal against a scalar or enum type (graphql-js's <c>isValidValueNode</c>).</summary>
internal sealed partial class ValuesOfCorrectTypeRule
{
    private void CheckLeafValue(ValidationContext context, ValueNode node)
    {
        var locationType = context.InputType;
        if (locationType is null)
        {
            return;
        }

        switch (locationType.NamedType())
        {
            case ScalarType scalar:
                if (!scalar.TryParseLiteral(node, out _, out var error))
                {
                    context.ReportError(this, error ?? $"Expected value of type \"{locationType.Print()}\", found {ValueLiteralPrinter.Print(node)}.", node);
                }

                break;

            case EnumType enumType:
                if (node is not EnumValueNode enumValue)
                {
                    var printed = ValueLiteralPrinter.Print(node);
                    context.ReportError(
                        this,
                        $"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}." + DidYouMeanEnumValue(enumType, printed),
                        node);
                }
                else if (!enumType.Values.ContainsKey(enumValue.Value))
                {
                    context.ReportError(
                        this,
                        $"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum." + DidYouMeanEnumValue(enumType, enumValue.Value),
                        node);
                }

                break;

            default:
                context.ReportError(this, $"Expected value of type \"{locationType.Print()}\", found {ValueLiteralPrinter.Print(node)}.", node);
                break;
        }
    }

    private static string DidYouMeanEnumValue(EnumType type, string value) =>
        Suggestions.DidYouMean(Suggestions.List(value, type.Values.Keys), "the enum value");
}
