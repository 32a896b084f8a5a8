using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.GraphQL.Hosting;

/// <summary>Schema-first configuration of the GraphQL server.</summary>
public static class RequestExecutorBuilderExtensions
{
    /// <summary>Adds an SDL file to the schema (read when the executor is built).</summary>
    public static IRequestExecutorBuilder AddDocumentFromFile(this IRequestExecutorBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Configure(builder, s => s.Documents.Add(new SchemaDocumentSource(null, path)));
    }

    /// <summary>Adds SDL text to the schema.</summary>
    public static IRequestExecutorBuilder AddDocumentFromString(this IRequestExecutorBuilder builder, string sdl)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sdl);
        return Configure(builder, s => s.Documents.Add(new SchemaDocumentSource(sdl, null)));
    }

    /// <summary>Binds an asynchronous resolver to <c>type.field</c>.</summary>
    public static IRequestExecutorBuilder AddResolver(this IRequestExecutorBuilder builder, string type, string field, Func<IResolverContext, ValueTask<object?>> resolver)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(resolver);
        return Configure(builder, s => s.Resolvers.Add(new ResolverRegistration(type, field, new FieldResolver(resolver))));
    }

    /// <summary>Binds a synchronous resolver to <c>type.field</c>.</summary>
    public static IRequestExecutorBuilder AddResolver(this IRequestExecutorBuilder builder, string type, string field, Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(resolver);
        return Configure(builder, s => s.Resolvers.Add(new ResolverRegistration(type, field, context => new ValueTask<object?>(resolver(context)))));
    }

    /// <summary>Registers how values of an interface or union map to object type names.</summary>
    public static IRequestExecutorBuilder AddTypeResolver(this IRequestExecutorBuilder builder, string abstractTypeName, Func<object, string?> resolveType)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(resolveType);
        return Configure(builder, s => s.TypeResolvers.Add((abstractTypeName, resolveType)));
    }

    /// <summary>Adds a custom scalar implementation used for <c>scalar Name</c> in the SDL.</summary>
    public static IRequestExecutorBuilder AddScalar(this IRequestExecutorBuilder builder, ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(scalar);
        return Configure(builder, s => s.Scalars.Add(scalar));
    }

    /// <summary>Registers a request-scoped DataLoader, available through <see cref="IResolverContext.DataLoader{T}"/>.</summary>
    public static IRequestExecutorBuilder AddDataLoader<TLoader>(this IRequestExecutorBuilder builder)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped<TLoader>();
        return builder;
    }

    /// <summary>Changes <see cref="GraphQLServerOptions"/>.</summary>
    public static IRequestExecutorBuilder ModifyOptions(this IRequestExecutorBuilder builder, Action<GraphQLServerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }

    private static IRequestExecutorBuilder Configure(IRequestExecutorBuilder builder, Action<SchemaSetup> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }
}
