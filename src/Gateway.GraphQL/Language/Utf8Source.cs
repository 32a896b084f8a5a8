using System.Buffers;
using System.Text;

namespace Gateway.GraphQL.Language;

/// <summary>
/// UTF-8 helpers for the lexer: decoding one code point (lone surrogates encoded WTF-8 style decode to their
/// surrogate value so they can be reported like graphql-js reports them), and encoding a .NET string.
/// </summary>
internal static class Utf8Source
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the code point at <paramref name="position"/>; returns -1 (length 1) for an invalid byte sequence.</summary>
    public static int Decode(ReadOnlySpan<byte> source, int position, out int length)
    {
        var b0 = source[position];
        if (b0 < 0x80)
        {
            length = 1;
            return b0;
        }

        int needed;
        int codePoint;
        if (b0 >= 0xC2 && b0 <= 0xDF)
        {
            needed = 1;
            codePoint = b0 & 0x1F;
        }
        else if (b0 >= 0xE0 && b0 <= 0xEF)
        {
            needed = 2;
            codePoint = b0 & 0x0F;
        }
        else if (b0 >= 0xF0 && b0 <= 0xF4)
        {
            needed = 3;
            codePoint = b0 & 0x07;
        }
        else
        {
            length = 1;
            return -1;
        }

        if (position + needed >= source.Length)
        {
            length = 1;
            return -1;
        }

        for (var i = 1; i <= needed; i++)
        {
            var b = source[position + i];
            if ((b & 0xC0) != 0x80)
            {
                length = 1;
                return -1;
            }

            codePoint = (codePoint << 6) | (b & 0x3F);
        }

        // Reject overlong forms and values beyond U+10FFFF.
        if ((needed == 2 && codePoint < 0x800) || (needed == 3 && (codePoint < 0x10000 || codePoint > 0x10FFFF)))
        {
            length = 1;
            return -1;
        }

        length = needed + 1;
        return codePoint;
    }

    /// <summary>How many UTF-16 code units a code point of the given value takes (invalid bytes count as one).</summary>
    public static int Utf16Length(int codePoint) => codePoint >= 0x10000 ? 2 : 1;

    /// <summary>Encodes <paramref name="text"/> into a rented buffer; lone surrogates are kept (WTF-8) so the lexer can reject them.</summary>
    public static byte[] Rent(string text, out int length)
    {
        // The exact size (a lone surrogate counts 3 bytes here, as in the WTF-8 fallback) keeps big documents from renting 3x.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(16, Encoding.UTF8.GetByteCount(text)));
        try
        {
            length = Strict.GetBytes(text, 0, text.Length, buffer, 0);
        }
        catch (EncoderFallbackException)
        {
            length = EncodeKeepingSurrogates(text, buffer);
        }

        return buffer;
    }

    private static int EncodeKeepingSurrogates(string text, byte[] buffer)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            if (c < 0x80)
            {
                buffer[n++] = (byte)c;
            }
            else if (c < 0x800)
            {
                buffer[n++] = (byte)(0xC0 | (c >> 6));
                buffer[n++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (c < 0x10000)
            {
                buffer[n++] = (byte)(0xE0 | (c >> 12));
                buffer[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                buffer[n++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                buffer[n++] = (byte)(0xF0 | (c >> 18));
                buffer[n++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                buffer[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                buffer[n++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return n;
    }
}
