using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace Carbon.Reporting.Resources;

/// <summary>
/// The words of the human formats, one table per language: <c>Resources/Strings.en.resx</c> and
/// <c>Resources/Strings.zh-CN.resx</c>, both embedded in this assembly (no satellite assembly that a deployment could
/// lose). Every lookup names its language; the ambient <see cref="CultureInfo.CurrentUICulture"/> is never read, and a
/// missing Chinese text never falls back to English: a key absent from either table is a defect and throws.
/// </summary>
internal static class ReportStrings
{
    private static readonly FrozenDictionary<string, string> En = Load("en");
    private static readonly FrozenDictionary<string, string> Zh = Load("zh-CN");

    /// <summary>The table of one language (for tests).</summary>
    public static FrozenDictionary<string, string> Table(ReportLanguage language) => language == ReportLanguage.Zh ? Zh : En;

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>.</summary>
    /// <exception cref="InvalidOperationException">The key is not in the table (a defect).</exception>
    public static string Get(string key, ReportLanguage language) =>
        Table(language).TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException($"Carbon.Reporting has no {(language == ReportLanguage.Zh ? "zh-CN" : "en")} text for '{key}'.");

    /// <summary>The text of <paramref name="key"/>, or null when the table has none (for labels of open code lists).</summary>
    public static string? Find(string key, ReportLanguage language) => Table(language).GetValueOrDefault(key);

    /// <summary>The text of <paramref name="key"/> with its <c>{0}</c>… placeholders filled in, formatted invariantly.</summary>
    public static string Format(string key, ReportLanguage language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, language), args);

    private static FrozenDictionary<string, string> Load(string culture)
    {
        var name = $"Carbon.Reporting.Resources.Strings.{culture}.resources";
        using var stream = typeof(ReportStrings).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded in Carbon.Reporting.");
        using var reader = new ResourceReader(stream);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in reader)
        {
            table[(string)entry.Key] = (string)entry.Value!;
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
