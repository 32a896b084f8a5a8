using System.Text.Json;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Types.ScalarTestHelpers;

namespace Gateway.GraphQL.Tests.Types;

public sealed class JsonTypeTests
{
    private readonly JsonType _json = new();

    [Fact]
    public void TryParseLiteral_ObjectLiteral_BecomesJsonElement()
    {
        var literal = new ObjectValueNode(
        [
            new ObjectFieldNode(new NameNode("a"), new IntValueNode("1")),
            new ObjectFieldNode(new NameNode("b"), new ListValueNode([new StringValueNode("x", false), new BooleanValueNode(true), NullValueNode.Instance])),
            new ObjectFieldNode(new NameNode("c"), new FloatValueNode("2.5")),
        ]);

        _json.TryParseLiteral(literal, out var value, out _).Should().BeTrue();
        var element = value.Should().BeOfType<JsonElement>().Subject;
        element.GetRawText().Should().Be("""{"a":1,"b":["x",true,null],"c":2.5}""");
    }

    [Fact]
    public void TryParseLiteral_EnumLiteral_IsRejected()
    {
        _json.TryParseLiteral(new EnumValueNode("RED"), out _, out var error).Should().BeFalse();
        error.Should().Be("JSON cannot represent value: RED");
    }

    [Fact]
    public void TryParseValue_AnyJson_IsKeptAsElement()
    {
        _json.TryParseValue(Json("""{"k":[1,2]}"""), out var value, out _).Should().BeTrue();
        ((JsonElement)value!).GetProperty("k").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void TrySerialize_ClrObject_IsSerialisedToJsonElement()
    {
        _json.TrySerialize(new Dictionary<string, object?> { ["n"] = 1, ["s"] = "t" }, out var serialized, out _).Should().BeTrue();
        ((JsonElement)serialized!).GetRawText().Should().Be("""{"n":1,"s":"t"}""");
    }

    [Fact]
    public void ValueToLiteral_JsonElement_IsEquivalentLiteral()
    {
        var literal = _json.ValueToLiteral(Json("""{"a":[1,"x"]}"""));
        var field = literal.Should().BeOfType<ObjectValueNode>().Subject.Fields.Single();
        field.Name.Value.Should().Be("a");
        var list = field.Value.Should().BeOfType<ListValueNode>().Subject;
        list.Values[0].Should().Be(new IntValueNode("1"));
        list.Values[1].Should().Be(new StringValueNode("x", false));
    }
}
