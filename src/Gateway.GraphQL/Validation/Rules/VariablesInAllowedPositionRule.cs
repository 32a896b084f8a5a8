using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// All variable usages are allowed: a variable's type fits every position it is used in (a nullable variable may
/// fill a non-null position only when the variable or the position has a default value), and a variable used as
/// a field of a <c>@oneOf</c> input object is non-nullable.
/// </summary>
internal sealed class VariablesInAllowedPositionRule : ValidationRule
{
    private readonly Dictionary<string, VariableDefinitionNode> definitions = new(StringComparer.Ordinal);

    public VariablesInAllowedPositionRule()
        : base(
            nameof(VariablesInAllowedPositionRule),
            "sec-All-Variable-Usages-are-Allowed",
            Kinds(SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition),
            Kinds(SyntaxKind.OperationDefinition))
    {
    }

    public override bool Enter(ValidationContext context, SyntaxNode node)
    {
        if (node is OperationDefinitionNode)
        {
            definitions.Clear();
        }
        else
        {
            var definition = (VariableDefinitionNode)node;
            definitions[definition.Variable.Name.Value] = definition;
        }

        return true;
    }

    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        var usages = context.GetRecursiveVariableUsages((OperationDefinitionNode)node);
        for (var i = 0; i < usages.Count; i++)
        {
            var usage = usages[i];
            var name = usage.Node.Name.Value;
            if (usage.Type is not { } locationType || !definitions.TryGetValue(name, out var definition))
            {
                continue;
            }

            var variableType = ValidationTypes.Resolve(context.Schema, definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!IsAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
            {
                context.ReportError(
                    this,
                    $"Variable \"${name}\" of type \"{variableType.Print()}\" used in position expecting type \"{locationType.Print()}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                context.ReportError(
                    this,
                    $"Variable \"${name}\" is of type \"{variableType.Print()}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    private static bool IsAllowed(Schema schema, IType variableType, ValueNode? variableDefault, IType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
