namespace Carbon.Reporting.Charts;

/// <summary>
/// Estimates text width without a font (charts must not depend on the machine): CJK and full-width characters take
/// one em, others about 0.6 em. Generous enough for the CJK fallback fonts of the font stack.
/// </summary>
internal static class TextMetrics
{
    private const string Ellipsis = "…";

    public static double Width(string text, double size)
    {
        double em = 0;
        foreach (var c in text)
        {
            em += c >= '\u2E80' && !char.IsLowSurrogate(c) ? 1.0 : char.IsLowSurrogate(c) ? 0 : 0.6;
        }

        return em * size;
    }

    /// <summary>The text, or its start with an ellipsis when it is wider than <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, double maxWidth, double size)
    {
        if (Width(text, size) <= maxWidth)
        {
            return text;
        }

        var budget = maxWidth - Width(Ellipsis, size);
        double used = 0;
        var end = 0;
        while (end < text.Length)
        {
            var step = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
            var w = Width(text.Substring(end, step), size);
            if (used + w > budget)
            {
                break;
            }

            used += w;
            end += step;
        }

        return text[..end] + Ellipsis;
    }
}
