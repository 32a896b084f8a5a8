namespace Gateway.Filtering;

/// <summary>
/// Compiles a <c>ConversationFilterInput</c> value (the engine's runtime input: dictionaries of provided fields,
/// lists, enum names, ints and strings) into Chatwoot's flat condition list. Chatwoot joins conditions in order
/// with AND before OR and no grouping, so the tree is rewritten into a disjunction of conjunctions first; anything
/// that cannot be sent (too large once expanded, a bad date, a negative day count, an empty list) is rejected here,
/// before any upstream call.
/// </summary>
internal static partial class ConversationFilterCompiler
{
    /// <summary>Compiles <paramref name="filter"/> (may be null) AND every condition of <paramref name="conjuncts"/>.</summary>
    public static FilterCompileResult Compile(
        IReadOnlyDictionary<string, object?>? filter,
        IReadOnlyList<FilterPredicate> conjuncts,
        FilterCompilerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(conjuncts);
        options ??= FilterCompilerOptions.Default;
        try
        {
            var dnf = filter is null ? Disjunction.True : CompileObject(filter, "filter", options);
            foreach (var condition in conjuncts)
            {
                dnf = dnf.And(Disjunction.Of(condition), options);
            }

            return FilterCompileResult.Success(dnf.Flatten());
        }
        catch (FilterInputException ex)
        {
            return FilterCompileResult.Failure(ex.Message);
        }
    }

    private static Disjunction CompileObject(IReadOnlyDictionary<string, object?> filter, string path, FilterCompilerOptions options)
    {
        var result = Disjunction.True;
        foreach (var (field, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var fieldPath = $"{path}.{field}";
            switch (field)
            {
                case "and":
                    foreach (var (item, index) in Items(value, fieldPath))
                    {
                        result = result.And(CompileObject(AsObject(item, $"{fieldPath}[{index}]"), $"{fieldPath}[{index}]", options), options);
                    }

                    break;
                case "or":
                    var any = (Disjunction?)null;
                    foreach (var (item, index) in Items(value, fieldPath))
                    {
                        var branch = CompileObject(AsObject(item, $"{fieldPath}[{index}]"), $"{fieldPath}[{index}]", options);
                        any = any is null ? branch : any.Or(branch, options);
                    }

                    if (any is null)
                    {
                        throw new FilterInputException($"`{fieldPath}` must not be empty: an empty OR matches nothing.");
                    }

                    result = result.And(any, options);
                    break;
                case "customAttributes":
                    foreach (var (item, index) in Items(value, fieldPath))
                    {
                        result = result.And(Disjunction.Of(CustomAttribute(AsObject(item, $"{fieldPath}[{index}]"), $"{fieldPath}[{index}]")), options);
                    }

                    break;
                default:
                    if (!FilterAttribute.Standard.TryGetValue(field, out var attribute))
                    {
                        throw new FilterInputException($"`{fieldPath}` is not a filterable attribute.");
                    }

                    foreach (var condition in Operations(attribute, AsObject(value, fieldPath), fieldPath))
                    {
                        result = result.And(Disjunction.Of(condition), options);
                    }

                    break;
            }
        }

        return result;
    }

    private static IEnumerable<(object? Item, int Index)> Items(object value, string path) =>
        value is IReadOnlyList<object?> list
            ? list.Select((item, index) => (item, index))
            : throw new FilterInputException($"`{path}` must be a list.");

    private static IReadOnlyDictionary<string, object?> AsObject(object? value, string path) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new FilterInputException($"`{path}` must be an input object.");
}
