namespace Gateway.GraphQL.Persisted;

/// <summary>Persisted operations (configuration section <c>GraphQL:PersistedOperations</c>).</summary>
public sealed class PersistedOperationsOptions
{
    public const string SectionName = "GraphQL:PersistedOperations";

    /// <summary>Automatic persisted queries as Apollo clients send them (default true).</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>
    /// Trusted-documents mode: when set, only the <c>.graphql</c> files of this directory (ids: the SHA-256 of each
    /// file's text) may run, by hash or by their exact text; any other document is refused with <c>OPERATION_NOT_TRUSTED</c>.
    /// </summary>
    public string? TrustedDocumentsDirectory { get; set; }

    /// <summary>
    /// Trusted-documents mode with the documents in this PostgreSQL table (of <see cref="ConnectionString"/>), so a
    /// release pipeline publishes them once (<c>Gateway documents publish</c>) for every replica, without a new image.
    /// Only documents in the table may run, by hash or by their exact text; nothing is ever registered by a request.
    /// Cannot be combined with <see cref="TrustedDocumentsDirectory"/>.
    /// </summary>
    public string? TrustedDocumentsTableName { get; set; }

    /// <summary>A PostgreSQL connection string; when set, the document store is a PostgreSQL table shared by replicas.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The PostgreSQL table (optionally schema-qualified) holding the documents.</summary>
    public string TableName { get; set; } = "graphql_persisted_operations";

    /// <summary>Most documents the in-memory store keeps (default 10,000); further registrations are not kept.</summary>
    public int MaxInMemoryDocuments { get; set; } = 10_000;

    /// <summary>Largest document (characters) an automatic persisted query may register (default 100,000).</summary>
    public int MaxDocumentLength { get; set; } = 100_000;
}
