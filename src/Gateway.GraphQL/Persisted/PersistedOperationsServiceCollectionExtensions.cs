using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.GraphQL.Persisted;

/// <summary>Registers persisted operations: the resolver the HTTP endpoint consults and the document store.</summary>
public static class PersistedOperationsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="PersistedOperationsOptions"/> from <paramref name="section"/> (when given) and registers the
    /// store: PostgreSQL when a connection string is configured, else in memory.
    /// </summary>
    public static IServiceCollection AddPersistedOperations(this IServiceCollection services, IConfiguration? section = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<PersistedOperationsOptions>();
        if (section is not null)
        {
            options.Bind(section);
        }

        services.TryAddSingleton<IOperationDocumentStore>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<PersistedOperationsOptions>>().Value;
            return string.IsNullOrWhiteSpace(o.ConnectionString)
                ? new InMemoryOperationDocumentStore(o.MaxInMemoryDocuments)
                : new PostgresOperationDocumentStore(o.ConnectionString, o.TableName);
        });
        services.TryAddSingleton<PersistedOperationResolver>();
        return services;
    }
}
