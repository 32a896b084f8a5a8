namespace Gateway.GraphQL.Persisted;

/// <summary>Loads the trusted documents: every <c>*.graphql</c> file below a directory, keyed by the SHA-256 of its text.</summary>
internal static class TrustedDocuments
{
    public static IReadOnlyDictionary<string, string> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The trusted documents directory \"{directory}\" (GraphQL:PersistedOperations:TrustedDocumentsDirectory) does not exist.");
        }

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            documents[DocumentHashes.Sha256Hex(text)] = text;
        }

        return documents;
    }
}
