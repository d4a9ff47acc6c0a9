using System.Text;

namespace Carbon.Reporting.Documents;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values, and for the SVG (XML) inside it: only the five
/// XML entities are used, so every fragment stays well-formed XML. Control characters (not allowed in XML) become
/// spaces; CJK and other text stays as is (the file is UTF-8).
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' or '\r' or '\t' => null,
                _ when char.IsControl(c) || c is '\uFFFE' or '\uFFFF' => " ",
                _ when char.IsSurrogate(c) && !IsValidPair(text, i) => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append(replacement);
        }

        return sb?.ToString() ?? text;
    }

    // A lone surrogate is not valid UTF-8 or XML; a valid pair is kept (both halves pass through).
    private static bool IsValidPair(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
