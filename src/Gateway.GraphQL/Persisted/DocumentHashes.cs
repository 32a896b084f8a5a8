using System.Security.Cryptography;
using System.Text;

namespace Gateway.GraphQL.Persisted;

/// <summary>SHA-256 of a document's UTF-8 text in lowercase hex, as Apollo clients compute it.</summary>
public static class DocumentHashes
{
    public static string Sha256Hex(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
    }

    public static bool IsSha256Hex(string? value)
    {
        if (value is not { Length: 64 })
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
