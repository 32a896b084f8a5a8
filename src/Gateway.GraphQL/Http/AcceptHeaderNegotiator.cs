using Microsoft.Extensions.Primitives;

namespace Gateway.GraphQL.Http;

/// <summary>
/// Chooses the response media type from <c>Accept</c> as the GraphQL-over-HTTP specification asks: no header (or an
/// empty one) means <c>application/json</c>; each candidate takes the q-value of its most specific matching range
/// (exact, then <c>application/*</c>, then <c>*/*</c>); the highest q wins; on a tie an exact match beats a wildcard
/// match, and between equals <c>application/graphql-response+json</c> wins when named and <c>application/json</c>
/// when only reached through a wildcard (what legacy clients sending <c>*/*</c> expect).
/// </summary>
internal static class AcceptHeaderNegotiator
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    private enum Specificity
    {
        None = 0,
        Any = 1,
        Subtype = 2,
        Exact = 3,
    }

    public static ResponseMediaType Negotiate(StringValues acceptHeaders)
    {
        var sawRange = false;
        var graphQL = (Specificity: Specificity.None, Quality: 0d);
        var json = (Specificity: Specificity.None, Quality: 0d);

        foreach (var header in acceptHeaders)
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                continue;
            }

            foreach (var rawRange in header.Split(','))
            {
                if (!TryParseRange(rawRange.AsSpan(), out var type, out var subtype, out var quality))
                {
                    continue;
                }

                sawRange = true;
                Apply(type, subtype, quality, "graphql-response+json", ref graphQL);
                Apply(type, subtype, quality, "json", ref json);
            }
        }

        if (!sawRange)
        {
            return ResponseMediaType.Json;
        }

        var graphQLOk = graphQL.Specificity != Specificity.None && graphQL.Quality > 0;
        var jsonOk = json.Specificity != Specificity.None && json.Quality > 0;
        if (!graphQLOk && !jsonOk)
        {
            return ResponseMediaType.None;
        }

        if (!graphQLOk)
        {
            return ResponseMediaType.Json;
        }

        if (!jsonOk)
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        if (graphQL.Quality != json.Quality)
        {
            return graphQL.Quality > json.Quality ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
        }

        if (graphQL.Specificity == Specificity.Exact)
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        return json.Specificity == Specificity.Exact || graphQL.Specificity <= json.Specificity
            ? ResponseMediaType.Json
            : ResponseMediaType.GraphQLResponseJson;
    }

    private static void Apply(string type, string subtype, double quality, string candidateSubtype, ref (Specificity Specificity, double Quality) best)
    {
        Specificity specificity;
        if (type == "*" && subtype == "*")
        {
            specificity = Specificity.Any;
        }
        else if (string.Equals(type, "application", StringComparison.OrdinalIgnoreCase) && subtype == "*")
        {
            specificity = Specificity.Subtype;
        }
        else if (string.Equals(type, "application", StringComparison.OrdinalIgnoreCase)
            && string.Equals(subtype, candidateSubtype, StringComparison.OrdinalIgnoreCase))
        {
            specificity = Specificity.Exact;
        }
        else
        {
            return;
        }

        // The most specific range decides the q-value (RFC 9110 §12.5.1); among equally specific ones, the highest.
        if (specificity > best.Specificity || (specificity == best.Specificity && quality > best.Quality))
        {
            best = (specificity, quality);
        }
    }

    private static bool TryParseRange(ReadOnlySpan<char> range, out string type, out string subtype, out double quality)
    {
        type = subtype = string.Empty;
        quality = 1d;
        var semicolon = range.IndexOf(';');
        var mediaRange = (semicolon < 0 ? range : range[..semicolon]).Trim();
        var slash = mediaRange.IndexOf('/');
        if (slash <= 0 || slash == mediaRange.Length - 1)
        {
            return false;
        }

        type = mediaRange[..slash].Trim().ToString();
        subtype = mediaRange[(slash + 1)..].Trim().ToString();
        if (type == "*" && subtype != "*")
        {
            return false;
        }

        var parameters = semicolon < 0 ? [] : range[(semicolon + 1)..];
        while (!parameters.IsEmpty)
        {
            var next = parameters.IndexOf(';');
            var parameter = (next < 0 ? parameters : parameters[..next]).Trim();
            parameters = next < 0 ? [] : parameters[(next + 1)..];
            var equals = parameter.IndexOf('=');
            if (equals > 0
                && parameter[..equals].Trim().Equals("q", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(parameter[(equals + 1)..].Trim(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var q))
            {
                quality = Math.Clamp(q, 0d, 1d);
            }
        }

        return true;
    }
}
