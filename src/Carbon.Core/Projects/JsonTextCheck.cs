using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Carbon.Projects;

/// <summary>
/// What JSON parsing leaves unchecked and reading a string then throws on (InvalidOperationException, "Cannot transcode
/// invalid UTF-8"): bytes that are not UTF-8, and <c>\u</c> escapes that are not valid UTF-16 (a lone surrogate such as
/// <c>\ud800</c>). Readers of untrusted JSON check both before they read a string, and answer with a diagnostic
/// (findings F2 for project files, F10 for zoning packs and GeoJSON layers).
/// </summary>
internal static class JsonTextCheck
{
    /// <summary>The line (0-based) and byte in that line of the first byte that is not UTF-8, or null when all are.</summary>
    public static (long Line, long BytePosition)? FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return null;
        }

        var i = 0;
        while (i < utf8.Length && Rune.DecodeFromUtf8(utf8[i..], out _, out var consumed) == OperationStatus.Done)
        {
            i += consumed;
        }

        return Where(utf8, i);
    }

    /// <summary>
    /// The line (0-based) and byte in that line of the first string or member name whose <c>\u</c> escapes do not
    /// decode, or null. Call it on text that is UTF-8 and parses: malformed JSON is left to the parser's diagnostic.
    /// </summary>
    public static (long Line, long BytePosition)? FirstInvalidEscape(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        // The JSON reader refuses a byte-order mark, which JsonDocument.Parse skips.
        var start = utf8Json.StartsWith("\xEF\xBB\xBF"u8) ? 3 : 0;
        var reader = new Utf8JsonReader(utf8Json[start..], new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    try
                    {
                        reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        return Where(utf8Json, start + (int)reader.TokenStartIndex);
                    }
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private static (long Line, long BytePosition) Where(ReadOnlySpan<byte> utf8, int index)
    {
        var before = utf8[..index];
        return (before.Count((byte)'\n'), before.Length - (before.LastIndexOf((byte)'\n') + 1));
    }
}
