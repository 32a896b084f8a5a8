using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The default resolver: reads a field from the parent value — a CLR property (exact, then case-insensitive match,
/// via a cached compiled getter), an <see cref="IReadOnlyDictionary{TKey, TValue}"/> entry or a JSON member.
/// </summary>
internal static class ParentValueResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Field), Func<object, object?>?> Getters = new();
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>Resolves with a per-field inline cache of the last CLR type's getter.</summary>
    public static object? Resolve(object? parent, string fieldName, ref ParentAccessor? cache)
    {
        if (parent is null)
        {
            return null;
        }

        var type = parent.GetType();
        var cached = cache;
        if (cached is not null && ReferenceEquals(cached.Type, type))
        {
            return cached.Getter is { } fast ? fast(parent) : Resolve(parent, fieldName);
        }

        if (parent is IReadOnlyDictionary<string, object?> or JsonElement or IDictionary<string, object?>)
        {
            cache = new ParentAccessor(type, null);
            return Resolve(parent, fieldName);
        }

        var getter = Getters.GetOrAdd((type, fieldName), static key => CreateGetter(key.Type, key.Field));
        cache = new ParentAccessor(type, getter ?? (static _ => null));
        return cache.Getter!(parent);
    }

    public static object? Resolve(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? value : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(fieldName, out var property) ? property : null;
            case JsonElement:
                return null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
            default:
                var getter = Getters.GetOrAdd((parent.GetType(), fieldName), static key => CreateGetter(key.Type, key.Field));
                return getter?.Invoke(parent);
        }
    }

    private static Func<object, object?>? CreateGetter(Type type, string fieldName)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var property = type.GetProperty(fieldName, flags)
            ?? type.GetProperties(flags).FirstOrDefault(p => p.GetIndexParameters().Length == 0 && string.Equals(p.Name, fieldName, StringComparison.OrdinalIgnoreCase));
        MemberInfo? member = property is { CanRead: true } && property.GetIndexParameters().Length == 0 ? property : null;
        member ??= type.GetField(fieldName, flags)
            ?? type.GetFields(flags).FirstOrDefault(f => string.Equals(f.Name, fieldName, StringComparison.OrdinalIgnoreCase));
        if (member is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parameter, type);
        Expression access = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
        // A bool is answered with one of two shared boxes instead of a new box per read.
        Expression body = access.Type == typeof(bool)
            ? Expression.Condition(access, Expression.Constant(BoxedTrue, typeof(object)), Expression.Constant(BoxedFalse, typeof(object)))
            : Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
