using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.GraphQL.DataLoader;

/// <summary>Registers DataLoaders in the request scope.</summary>
public static class DataLoaderServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TLoader"/> as a scoped service (one instance per request). Its constructor gets the
    /// scope's <see cref="IBatchScheduler"/>. When nothing else registered one, a scoped <see cref="BatchDispatcher"/> is
    /// registered as the scheduler (also resolvable as <see cref="BatchDispatcher"/>).
    /// </summary>
    public static IServiceCollection AddDataLoader<TLoader>(this IServiceCollection services)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<BatchDispatcher>();
        services.TryAddScoped<IBatchScheduler>(sp => sp.GetRequiredService<BatchDispatcher>());
        services.TryAddScoped<TLoader>();
        return services;
    }

    /// <summary>Registers <typeparamref name="TLoader"/> scoped, resolvable as <typeparamref name="TService"/> too (the same instance per scope).</summary>
    public static IServiceCollection AddDataLoader<TService, TLoader>(this IServiceCollection services)
        where TService : class
        where TLoader : class, TService
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDataLoader<TLoader>();
        services.TryAddScoped<TService>(sp => sp.GetRequiredService<TLoader>());
        return services;
    }
}
