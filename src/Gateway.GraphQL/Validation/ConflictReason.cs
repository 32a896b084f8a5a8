using System.Text;

namespace Gateway.GraphQL.Validation;

/// <summary>Why two fields with one response name cannot be merged: a message, or the conflicts between their subfields.</summary>
internal sealed record ConflictReason(string ResponseName, string? Message, IReadOnlyList<ConflictReason>? Subreasons)
{
    /// <summary>The reason as graphql-js words it (<c>subfields "x" conflict because ... and ...</c>).</summary>
    public void AppendMessage(StringBuilder builder)
    {
        if (Subreasons is null)
        {
            builder.Append(Message);
            return;
        }

        for (var i = 0; i < Subreasons.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(" and ");
            }

            builder.Append("subfields \"").Append(Subreasons[i].ResponseName).Append("\" conflict because ");
            Subreasons[i].AppendMessage(builder);
        }
    }
}
