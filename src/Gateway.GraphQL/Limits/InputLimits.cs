using Gateway.GraphQL.Errors;

namespace Gateway.GraphQL.Limits;

/// <summary>Bounds the coerced variable values: no list longer than <see cref="OperationLimitsOptions.MaxInputListLength"/>.</summary>
public static class InputLimits
{
    /// <summary>The error for the first over-long list among <paramref name="variables"/>, or null.</summary>
    public static GraphQLError? Check(IReadOnlyDictionary<string, object?> variables, OperationLimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxInputListLength <= 0)
        {
            return null;
        }

        foreach (var (name, value) in variables)
        {
            if (FindLongList(value, options.MaxInputListLength, 0))
            {
                return new GraphQLError(
                    $"Variable \"${name}\" holds a list longer than the maximum of {options.MaxInputListLength} items (GraphQL:Limits:MaxInputListLength).",
                    ErrorCodes.InputListTooLong);
            }
        }

        return null;
    }

    private static bool FindLongList(object? value, int max, int depth)
    {
        if (depth > 64)
        {
            return false;
        }

        switch (value)
        {
            case IReadOnlyList<object?> list:
                if (list.Count > max)
                {
                    return true;
                }

                foreach (var item in list)
                {
                    if (FindLongList(item, max, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var item in map.Values)
                {
                    if (FindLongList(item, max, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
