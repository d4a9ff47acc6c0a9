namespace Carbon.Reporting;

/// <summary>How a report is rendered for people. Immutable; the same report and options always give the same text.</summary>
public sealed record ReportRenderOptions
{
    /// <summary>The language of headings, labels and bilingual texts (default <see cref="ReportLanguage.Zh"/>).</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Zh;

    /// <summary>
    /// Whether to include every trace (formula, inputs, factor records) so a reviewer can redo each number
    /// (the console's <c>--explain</c>). Markdown shows them as nested lists, HTML as collapsible <c>&lt;details&gt;</c>.
    /// </summary>
    public bool Explain { get; init; }

    /// <summary>Chinese, without traces.</summary>
    public static ReportRenderOptions Default { get; } = new();
}
