using System.Net;
using System.Text.RegularExpressions;

namespace Carbon.Cli.Tests.Support;

/// <summary>Finds text of the other language: runs of Chinese characters, and English phrases (four or more words).</summary>
internal static partial class LanguageText
{
    /// <summary>Runs of Chinese characters and full-width punctuation.</summary>
    public static List<string> ChineseRuns(string text) => [.. Cjk().Matches(text).Select(m => m.Value)];

    /// <summary>
    /// Runs of Chinese characters that are not a bracketed gloss: a gloss is a term of <paramref name="glossary"/>
    /// written in ASCII brackets after its English rendering — "(不满)", "(标杆/基准)", "(equivalent value, 当量值)".
    /// </summary>
    public static List<string> ChineseRunsExceptGlosses(string text, IReadOnlySet<string> glossary) =>
        [.. Cjk().Matches(text).Where(m => !(glossary.Contains(m.Value) && IsGloss(text, m.Index, m.Length))).Select(m => m.Value)];

    private static bool IsGloss(string text, int start, int length)
    {
        var end = start + length;
        var after = end < text.Length ? text[end] : ' ';

        // Looking back past a console table's line wrap (spaces, line breaks, box-drawing borders) to the bracket,
        // slash or comma that opens the gloss.
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is >= '\u2500' and <= '\u257f'))
        {
            i--;
        }

        var before = i >= 0 ? text[i] : ' ';
        var spaced = i < start - 1;
        return (before is '(' or '/' || (before == ',' && spaced)) && after is ')' or '/';
    }

    /// <summary>Four or more English words in a row (identifiers like <c>scale-farm</c> are one word; symbols are none).</summary>
    public static List<string> EnglishPhrases(string text) => [.. English().Matches(text).Select(m => m.Value)];

    /// <summary>
    /// The text a reader sees in an HTML page: no style sheet, no tags (each replaced by a line break, so that two
    /// table cells never read as one phrase), entities decoded.
    /// </summary>
    public static string VisibleText(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(StyleBlock().Replace(html, "\n"), "\n"));

    [GeneratedRegex(@"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’\-]*(?:[ ,;:]+[A-Za-z][A-Za-z'’\-]*){3,}")]
    private static partial Regex English();

    [GeneratedRegex(@"<style[^>]*>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
