using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

internal static class ParserTestHelper
{
    public static GraphQLError ParseError(string source, ParserOptions? options = null)
    {
        var exception = Assert.Throws<GraphQLException>(() => Parser.Parse(LexerTestHelper.Unmark(source), options));
        return exception.Errors.Single();
    }

    public static T Single<T>(string source)
        where T : DefinitionNode =>
        Parser.Parse(source).Definitions.Should().ContainSingle().Which.Should().BeOfType<T>().Subject;
}
