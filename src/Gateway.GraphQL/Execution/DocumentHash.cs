namespace Gateway.GraphQL.Execution;

/// <summary>The SHA-256 of a document's text, as the document cache key.</summary>
internal readonly record struct DocumentHash(long A, long B, long C, long D);
