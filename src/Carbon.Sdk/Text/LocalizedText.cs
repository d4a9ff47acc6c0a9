namespace Carbon.Sdk;

/// <summary>
/// A text in the two languages every user-facing string must have: simplified Chinese (zh-CN) and English.
/// </summary>
/// <param name="Zh">The simplified-Chinese text (zh-CN).</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>Returns the text for <paramref name="language"/>: "zh" (or any "zh-*") gives Chinese, anything else English.</summary>
    /// <param name="language">A language tag such as "zh", "zh-CN" or "en".</param>
    /// <returns>The text in that language.</returns>
    public string For(string language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;

    /// <summary>Whether both languages have a non-blank text.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Zh) && !string.IsNullOrWhiteSpace(En);
}
