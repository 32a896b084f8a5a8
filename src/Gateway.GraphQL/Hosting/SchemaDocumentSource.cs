namespace Gateway.GraphQL.Hosting;

/// <summary>An SDL document given as text or as a file path (read when the executor is built).</summary>
internal sealed record SchemaDocumentSource(string? Text, string? FilePath);
