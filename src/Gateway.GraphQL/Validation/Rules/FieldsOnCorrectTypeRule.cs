using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Field selections: every selected field is defined on the type it is selected on. The error suggests inline
/// fragments on types that do define the field, or similarly named fields.
/// </summary>
internal sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public FieldsOnCorrectTypeRule()
        : base(nameof(FieldsOnCorrectTypeRule), "sec-Field-Selections", Kinds(SyntaxKind.Field))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        var type = context.ParentType;
        if (type is null || context.FieldDef is not null)
        {
            return true;
        }

        var fieldName = ((FieldNode)node).Name.Value;
        var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(context.Schema, type, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(SuggestedFieldNames(type, fieldName));
        }

        context.ReportError(this, $"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
        return true;
    }

    /// <summary>
    /// For an abstract type: the possible types and their interfaces that define the field, most used first,
    /// interfaces before the types implementing them, then by name.
    /// </summary>
    private static List<string> SuggestedTypeNames(Schema schema, INamedType type, string fieldName)
    {
        var result = new List<string>();
        if (!type.IsAbstractType())
        {
            return result;
        }

        var suggested = new List<INamedType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            if (!suggested.Contains(possibleType))
            {
                suggested.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!suggested.Contains(possibleInterface))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }

        Suggestions.StableSort(suggested, (a, b) =>
        {
            var usageDiff = usageCount[b.Name] - usageCount[a.Name];
            if (usageDiff != 0)
            {
                return usageDiff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });

        foreach (var suggestedType in suggested)
        {
            result.Add(suggestedType.Name);
        }

        return result;
    }

    private static List<string> SuggestedFieldNames(INamedType type, string fieldName) => type switch
    {
        ObjectType objectType => Suggestions.List(fieldName, objectType.Fields.Keys),
        InterfaceType interfaceType => Suggestions.List(fieldName, interfaceType.Fields.Keys),
        _ => [],
    };
}
