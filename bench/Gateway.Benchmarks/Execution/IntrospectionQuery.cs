namespace Gateway.Benchmarks.Execution;

/// <summary>graphql-js 16 <c>getIntrospectionQuery</c> with every option on (the introspection tests' resource file).</summary>
internal static class IntrospectionQuery
{
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(IntrospectionQuery).Assembly.GetManifestResourceStream("FullIntrospectionQuery.graphql")
            ?? throw new InvalidOperationException("The FullIntrospectionQuery.graphql resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
