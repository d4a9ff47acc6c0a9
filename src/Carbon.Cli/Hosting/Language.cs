namespace Carbon.Cli.Hosting;

/// <summary>The output language: zh (simplified Chinese) or en.</summary>
internal readonly record struct Language(bool IsZh)
{
    public static Language Zh => new(true);

    public static Language En => new(false);

    public string Tag => IsZh ? "zh" : "en";

    /// <summary>The same language for Carbon.Reporting.</summary>
    public Carbon.Reporting.ReportLanguage Report => IsZh ? Carbon.Reporting.ReportLanguage.Zh : Carbon.Reporting.ReportLanguage.En;

    /// <summary>Picks one of two texts.</summary>
    public string T(string zh, string en) => IsZh ? zh : en;

    /// <summary>--lang wins; otherwise zh for a zh-* system culture, else en.</summary>
    public static Language From(string? option, string uiCulture) =>
        option is not null
            ? new Language(option.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            : new Language(uiCulture.StartsWith("zh", StringComparison.OrdinalIgnoreCase));
}
