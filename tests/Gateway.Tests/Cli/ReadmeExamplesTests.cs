using System.Text;
using System.Text.RegularExpressions;
using Gateway.Cli;
using Gateway.GraphQL.Types;

namespace Gateway.Tests.Cli;

/// <summary>The GraphQL examples in the README are valid against the gateway's schema, so a reader can paste them.</summary>
public sealed partial class ReadmeExamplesTests
{
    [Fact]
    public void ValidateDocument_EveryGraphQLExampleOfTheReadme_HasNoErrors()
    {
        var root = SchemaExportCommandTests.RepositoryRoot();
        var schema = Schema.FromSdl(File.ReadAllText(Path.Combine(root, "schema", "schema.graphql")));
        var examples = GraphQLBlock().Matches(File.ReadAllText(Path.Combine(root, "README.md"))).Select(m => m.Groups[1].Value).ToList();

        examples.Should().NotBeEmpty();
        foreach (var example in examples)
        {
            ValidateCommand.ValidateDocument(schema, Encoding.UTF8.GetBytes(example))
                .Should().BeEmpty("the README example\n{0}\nmust be valid", example);
        }
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
