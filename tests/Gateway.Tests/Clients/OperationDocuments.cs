using System.Text.RegularExpressions;
using Gateway.Cli;
using Gateway.Tests.Cli;

namespace Gateway.Tests.Clients;

/// <summary>
/// The <c>.graphql</c> files copied next to the test binaries, validated once against the published schema
/// (<c>schema/schema.graphql</c>) with the <c>validate</c> command's code before any of them is sent.
/// </summary>
internal static partial class OperationDocuments
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Documents = new(Load);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Clients", "Operations");

    public static string SchemaPath => Path.Combine(SchemaExportCommandTests.RepositoryRoot(), "schema", "schema.graphql");

    public static IReadOnlyList<string> Files => System.IO.Directory.GetFiles(Directory, "*.graphql").Order(StringComparer.Ordinal).ToList();

    /// <summary>The whole document (operation plus the fragments of its file) holding the named operation.</summary>
    public static string Get(string operationName) =>
        Documents.Value.TryGetValue(operationName, out var document)
            ? document
            : throw new KeyNotFoundException($"No operation named '{operationName}' in {Directory}.");

    /// <summary>Runs <c>validate --schema schema/schema.graphql</c> over the files; exit code and printed errors.</summary>
    public static (int ExitCode, string Output) Validate(IReadOnlyList<string> files)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ValidateCommand.Run(["--schema", SchemaPath, .. files], output, error);
        return (exitCode, output + error.ToString());
    }

    private static Dictionary<string, string> Load()
    {
        var files = Files;
        var (exitCode, output) = Validate(files);
        if (exitCode != ValidateCommand.Valid)
        {
            throw new InvalidOperationException($"The client operations do not validate against {SchemaPath}:\n{output}");
        }

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (Match match in OperationName().Matches(text))
            {
                documents.Add(match.Groups["name"].Value, text);
            }
        }

        return documents;
    }

    [GeneratedRegex(@"^\s*(query|mutation|subscription)\s+(?<name>[_A-Za-z][_0-9A-Za-z]*)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
