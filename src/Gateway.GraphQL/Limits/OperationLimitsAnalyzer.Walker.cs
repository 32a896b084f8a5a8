using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Limits;

public static partial class OperationLimitsAnalyzer
{
    private sealed class Walker
    {
        private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
        private readonly OperationLimitsOptions _options;
        private readonly HashSet<string> _path = new(StringComparer.Ordinal);
        private int _fields;
        private int _fragmentVisits;

        public Walker(Dictionary<string, FragmentDefinitionNode> fragments, OperationLimitsOptions options)
        {
            _fragments = fragments;
            _options = options;
        }

        public GraphQLError? Error { get; private set; }

        public void VisitSelectionSet(SelectionSetNode selectionSet, int depth, IntrospectionState introspection)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (Error is not null)
                {
                    return;
                }

                switch (selection)
                {
                    case FieldNode field:
                        VisitField(field, depth, introspection);
                        break;
                    case InlineFragmentNode inline:
                        VisitSelectionSet(inline.SelectionSet, depth, introspection);
                        break;
                    case FragmentSpreadNode spread:
                        VisitSpread(spread, depth, introspection);
                        break;
                }
            }
        }

        private void VisitField(FieldNode field, int depth, IntrospectionState introspection)
        {
            _fields++;
            if (_options.MaxFields > 0 && _fields > _options.MaxFields)
            {
                Error = new GraphQLError(
                    $"The operation selects more than the maximum of {_options.MaxFields} fields and aliases (GraphQL:Limits:MaxFields).",
                    ErrorCodes.MaxOperationFieldsExceeded,
                    LocationsOf(field));
                return;
            }

            var name = field.Name.Value;
            if (!introspection.Inside && depth == 0 && name is "__schema" or "__type")
            {
                introspection = new IntrospectionState(true, 0, 0);
            }

            if (introspection.Inside)
            {
                if (name == "ofType")
                {
                    introspection = introspection with { OfTypeDepth = introspection.OfTypeDepth + 1 };
                    if (_options.MaxIntrospectionOfTypeDepth > 0 && introspection.OfTypeDepth > _options.MaxIntrospectionOfTypeDepth)
                    {
                        Error = new GraphQLError(
                            $"The introspection query nests \"ofType\" deeper than the maximum of {_options.MaxIntrospectionOfTypeDepth} (GraphQL:Limits:MaxIntrospectionOfTypeDepth).",
                            ErrorCodes.IntrospectionDepthExceeded,
                            LocationsOf(field));
                        return;
                    }
                }
                else if (name is "fields" or "inputFields" or "interfaces" or "possibleTypes")
                {
                    introspection = introspection with { ListDepth = introspection.ListDepth + 1 };
                    if (_options.MaxIntrospectionListDepth > 0 && introspection.ListDepth > _options.MaxIntrospectionListDepth)
                    {
                        Error = new GraphQLError(
                            $"The introspection query nests \"{name}\" deeper than the maximum of {_options.MaxIntrospectionListDepth} list levels (GraphQL:Limits:MaxIntrospectionListDepth).",
                            ErrorCodes.IntrospectionDepthExceeded,
                            LocationsOf(field));
                        return;
                    }
                }
            }
            else
            {
                var fieldDepth = depth + 1;
                if (_options.MaxExecutionDepth > 0 && fieldDepth > _options.MaxExecutionDepth)
                {
                    Error = new GraphQLError(
                        $"The operation exceeds the maximum execution depth of {_options.MaxExecutionDepth} (GraphQL:Limits:MaxExecutionDepth).",
                        ErrorCodes.MaxExecutionDepthExceeded,
                        LocationsOf(field));
                    return;
                }
            }

            if (field.SelectionSet is { } selectionSet)
            {
                VisitSelectionSet(selectionSet, depth + 1, introspection);
            }
        }

        private void VisitSpread(FragmentSpreadNode spread, int depth, IntrospectionState introspection)
        {
            var name = spread.Name.Value;
            if (!_fragments.TryGetValue(name, out var fragment))
            {
                return; // Unknown fragments are validation's business.
            }

            _fragmentVisits++;
            if (_options.MaxFragmentVisits > 0 && _fragmentVisits > _options.MaxFragmentVisits)
            {
                Error = new GraphQLError(
                    $"The operation spreads fragments more than the maximum of {_options.MaxFragmentVisits} times (GraphQL:Limits:MaxFragmentVisits).",
                    ErrorCodes.MaxFragmentVisitsExceeded,
                    LocationsOf(spread));
                return;
            }

            if (!_path.Add(name))
            {
                Error = new GraphQLError(
                    $"Cannot spread fragment \"{name}\" within itself.",
                    ErrorCodes.ValidationFailed,
                    LocationsOf(spread)).WithExtension("rule", "NoFragmentCyclesRule");
                return;
            }

            VisitSelectionSet(fragment.SelectionSet, depth, introspection);
            _path.Remove(name);
        }
    }
}
