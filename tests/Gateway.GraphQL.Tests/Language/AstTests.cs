using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public sealed class AstTests
{
    [Fact]
    public void Kind_EveryNodeType_MatchesItsName()
    {
        var nodeTypes = typeof(SyntaxNode).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SyntaxNode)) && !t.IsAbstract);

        foreach (var type in nodeTypes)
        {
            type.Name.Should().EndWith("Node");
            Enum.IsDefined(typeof(SyntaxKind), type.Name[..^"Node".Length]).Should().BeTrue(type.Name);
        }
    }
}
