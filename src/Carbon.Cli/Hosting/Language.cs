using Carbon.Cli.Resources;
using Carbon.Reports;
using Carbon.Sdk;

namespace Carbon.Cli.Hosting;

/// <summary>
/// The output language: zh (simplified Chinese, zh-CN) or en. Every text the console writes is looked up in the
/// resources of this language (Resources/Strings.*.resx) or picked from a bilingual message; nothing reads the
/// ambient current culture.
/// </summary>
internal readonly record struct Language(bool IsZh)
{
    public static Language Zh => new(true);

    public static Language En => new(false);

    public string Tag => IsZh ? "zh" : "en";

    /// <summary>The same language for Carbon.Reporting.</summary>
    public Carbon.Reporting.ReportLanguage Report => IsZh ? Carbon.Reporting.ReportLanguage.Zh : Carbon.Reporting.ReportLanguage.En;

    /// <summary>The text of a resource key in this language.</summary>
    public string T(string key) => CliStrings.Get(key, IsZh);

    /// <summary>The text of a resource key with its placeholders filled in, formatted invariantly.</summary>
    public string F(string key, params object?[] args) => CliStrings.Format(key, IsZh, args);

    /// <summary>This language's text of a bilingual report message (the other language when this one is empty).</summary>
    public string Text(MessageReport message) => Carbon.Reporting.ReportLabels.Text(message, Report);

    /// <summary>This language's text of a bilingual SDK text (the other language when this one is empty).</summary>
    public string Text(LocalizedText text) => Text(new MessageReport(text.Zh, text.En));

    /// <summary>--lang wins; otherwise zh for a zh-* system culture, else en.</summary>
    public static Language From(string? option, string uiCulture) =>
        option is not null
            ? new Language(option.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            : new Language(uiCulture.StartsWith("zh", StringComparison.OrdinalIgnoreCase));
}
