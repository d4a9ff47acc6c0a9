using System.Text;

namespace Carbon.Reporting.Documents;

/// <summary>
/// Escapes user text for GitHub-flavoured Markdown so that it is shown as written and cannot break a table or start
/// markup: inline specials are backslash-escaped (<c>\ ` * _ [ ] &lt; &gt; | # ~ &amp; $</c>); text that starts a
/// line (paragraphs, list items) also has a leading list or setext marker escaped; leading blanks are dropped, and line breaks become spaces (a table row is one line).
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string text, bool lineStart = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (sb.Length == 0 && char.IsWhiteSpace(c))
            {
                // Leading blanks could turn a list item or paragraph into a code block.
                continue;
            }

            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '&' or '$':
                    sb.Append('\\').Append(c);
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    sb.Append(' ');
                    break;
                case '\n' or '\t' or '\u2028' or '\u2029':
                    sb.Append(' ');
                    break;
                case '-' or '+' or '=' when lineStart && sb.Length == 0:
                    // A leading marker would start a list item or a setext heading underline.
                    sb.Append('\\').Append(c);
                    break;
                case '.' or ')' when lineStart && IsAllDigits(sb):
                    // "1. " or "1) " at the start of a line would start an ordered list.
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool IsAllDigits(StringBuilder sb)
    {
        if (sb.Length == 0 || sb.Length > 9)
        {
            return false;
        }

        for (var i = 0; i < sb.Length; i++)
        {
            if (sb[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
