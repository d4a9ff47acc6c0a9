using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace Carbon.Cli.Resources;

/// <summary>
/// The console's own words (help, messages, table headings), one table per language: <c>Resources/Strings.en.resx</c>
/// and <c>Resources/Strings.zh-CN.resx</c>, both embedded in carbon.dll (no satellite assembly that packing or
/// publishing could drop). A lookup names its language; a key missing from either table is a defect and throws
/// rather than falling back to the other language.
/// </summary>
internal static class CliStrings
{
    private static readonly FrozenDictionary<string, string> En = Load("en");
    private static readonly FrozenDictionary<string, string> Zh = Load("zh-CN");

    /// <summary>The table of one language (for tests).</summary>
    public static FrozenDictionary<string, string> Table(bool zh) => zh ? Zh : En;

    /// <summary>The text of <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException">The key is not in the table (a defect).</exception>
    public static string Get(string key, bool zh) =>
        Table(zh).TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException($"The console has no {(zh ? "zh-CN" : "en")} text for '{key}'.");

    /// <summary>The text of <paramref name="key"/> with its <c>{0}</c>… placeholders filled in, formatted invariantly.</summary>
    public static string Format(string key, bool zh, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key, zh), args);

    private static FrozenDictionary<string, string> Load(string culture)
    {
        var name = $"Carbon.Cli.Resources.Strings.{culture}.resources";
        using var stream = typeof(CliStrings).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded in the console.");
        using var reader = new ResourceReader(stream);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in reader)
        {
            table[(string)entry.Key] = (string)entry.Value!;
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
