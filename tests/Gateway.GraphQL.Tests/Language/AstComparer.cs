using System.Collections;
using System.Reflection;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>Compares ASTs structurally (node types, values and lists), ignoring locations.</summary>
internal static class AstComparer
{
    public static void ShouldEqualStructurally(this SyntaxNode actual, SyntaxNode expected)
    {
        var difference = Difference(expected, actual, "$");
        difference.Should().BeNull();
    }

    private static string? Difference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {expected ?? "null"} but found {actual ?? "null"}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: expected {expected.GetType().Name} but found {actual.GetType().Name}";
        }

        if (expected is SyntaxNode)
        {
            foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.Name == nameof(SyntaxNode.Location))
                {
                    continue;
                }

                var difference = Difference(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        if (expected is IEnumerable expectedItems and not string)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                return $"{path}: expected {left.Count} items but found {right.Count}";
            }

            for (var i = 0; i < left.Count; i++)
            {
                var difference = Difference(left[i], right[i], $"{path}[{i}]");
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        return Equals(expected, actual) ? null : $"{path}: expected '{expected}' but found '{actual}'";
    }
}
