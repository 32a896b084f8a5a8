using System.Globalization;
using System.Text;

namespace Gateway.Filtering;

/// <summary>
/// Where the compiler is in the input (<c>filter.and[0].status</c>), kept as a stack of segments and only turned into
/// text for an error message, so compiling a valid filter builds no path strings.
/// </summary>
internal sealed class FilterPath
{
    private string?[] _names = new string?[8];
    private int[] _indexes = new int[8];
    private int _depth;

    /// <summary>Enters a field: <c>.name</c>.</summary>
    public void Push(string name) => Push(name, -1);

    /// <summary>Enters a list item: <c>[index]</c>.</summary>
    public void Push(int index) => Push(null, index);

    public void Pop() => _depth--;

    /// <summary>The current path, with <paramref name="field"/> appended when given.</summary>
    public string Describe(string? field = null)
    {
        var text = new StringBuilder("filter");
        for (var i = 0; i < _depth; i++)
        {
            if (_names[i] is { } name)
            {
                text.Append('.').Append(name);
            }
            else
            {
                text.Append('[').Append(_indexes[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        if (field is not null)
        {
            text.Append('.').Append(field);
        }

        return text.ToString();
    }

    public override string ToString() => Describe();

    private void Push(string? name, int index)
    {
        if (_depth == _names.Length)
        {
            Array.Resize(ref _names, _depth * 2);
            Array.Resize(ref _indexes, _depth * 2);
        }

        _names[_depth] = name;
        _indexes[_depth] = index;
        _depth++;
    }
}
