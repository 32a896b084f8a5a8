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
            var dnf = filter is null ? Disjunction.True : CompileObject(filter, new FilterPath(), options);
            foreach (var condition in conjuncts)
            {
                dnf = dnf.And(condition, options);
            }

            return FilterCompileResult.Success(dnf.Flatten());
        }
        catch (FilterInputException ex)
        {
            return FilterCompileResult.Failure(ex.Message);
        }
    }

    private static Disjunction CompileObject(IReadOnlyDictionary<string, object?> filter, FilterPath path, FilterCompilerOptions options)
    {
        var result = Disjunction.True;
        if (filter is Dictionary<string, object?> fields)
        {
            // The engine's input objects: enumerate without boxing the enumerator.
            foreach (var (field, value) in fields)
            {
                result = CompileField(result, field, value, path, options);
            }
        }
        else
        {
            foreach (var (field, value) in filter)
            {
                result = CompileField(result, field, value, path, options);
            }
        }

        return result;
    }

    /// <summary>ANDs one field of a filter object onto <paramref name="result"/>.</summary>
    private static Disjunction CompileField(Disjunction result, string field, object? value, FilterPath path, FilterCompilerOptions options)
    {
        if (value is null)
        {
            return result;
        }

        path.Push(field);
        switch (field)
        {
            case "and":
                var all = AsList(value, path);
                for (var i = 0; i < all.Count; i++)
                {
                    path.Push(i);
                    result = result.And(CompileObject(AsObject(all[i], path), path, options), options);
                    path.Pop();
                }

                break;
            case "or":
                var alternatives = AsList(value, path);
                var any = (Disjunction?)null;
                for (var i = 0; i < alternatives.Count; i++)
                {
                    path.Push(i);
                    var branch = CompileObject(AsObject(alternatives[i], path), path, options);
                    any = any is null ? branch : any.Or(branch, options);
                    path.Pop();
                }

                if (any is null)
                {
                    throw new FilterInputException($"`{path.Describe()}` must not be empty: an empty OR matches nothing.");
                }

                result = result.And(any, options);
                break;
            case "customAttributes":
                var custom = AsList(value, path);
                for (var i = 0; i < custom.Count; i++)
                {
                    path.Push(i);
                    result = result.And(CustomAttribute(AsObject(custom[i], path), path), options);
                    path.Pop();
                }

                break;
            default:
                if (!FilterAttribute.Standard.TryGetValue(field, out var attribute))
                {
                    throw new FilterInputException($"`{path.Describe()}` is not a filterable attribute.");
                }

                result = ApplyOperations(result, attribute, AsObject(value, path), path, options);
                break;
        }

        path.Pop();
        return result;
    }

    private static IReadOnlyList<object?> AsList(object value, FilterPath path) =>
        value as IReadOnlyList<object?> ?? throw new FilterInputException($"`{path.Describe()}` must be a list.");

    private static IReadOnlyDictionary<string, object?> AsObject(object? value, FilterPath path) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new FilterInputException($"`{path.Describe()}` must be an input object.");
}
