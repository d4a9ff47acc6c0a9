using Carbon.Reporting.Resources;
using Carbon.Reports;

namespace Carbon.Reporting;

/// <summary>
/// Names of the codes a report uses (statuses, source categories, bases, severities, natures, origins, verdicts,
/// tiers) for human output, in the language asked for, from the resources of this assembly
/// (Resources/Strings.en.resx and Strings.zh-CN.resx). One copy shared by the console tables, Markdown and HTML. An
/// unknown code is returned as it is, so a new code never disappears from the output.
/// </summary>
public static class ReportLabels
{
    /// <summary>Picks the text of one language.</summary>
    /// <param name="zh">The Chinese text.</param>
    /// <param name="en">The English text.</param>
    /// <param name="language">The language.</param>
    /// <returns><paramref name="zh"/> or <paramref name="en"/>.</returns>
    public static string Pick(string zh, string en, ReportLanguage language) => language == ReportLanguage.Zh ? zh : en;

    /// <summary>Picks the text of one language from a bilingual message; an empty text falls back to the other language.</summary>
    /// <param name="message">The message.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Text(MessageReport message, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (first, second) = language == ReportLanguage.Zh ? (message.Zh, message.En) : (message.En, message.Zh);
        return string.IsNullOrEmpty(first) ? second ?? string.Empty : first;
    }

    /// <summary>A data status (<c>confirmed</c>, <c>single-source</c>, <c>derived</c>, <c>unconfirmed</c>, <c>project-supplied</c>).</summary>
    /// <param name="status">The status code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Status(string status, ReportLanguage language) => Code("Status", status, language);

    /// <summary>An emission source category (e.g. <c>fuel-combustion</c>, <c>process</c>).</summary>
    /// <param name="source">The source code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Source(string source, ReportLanguage language) => Code("Source", source, language);

    /// <summary>A unit-consumption basis (<c>comprehensive-energy</c>, <c>fossil-energy</c>, <c>electricity</c>).</summary>
    /// <param name="basis">The basis code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Basis(string basis, ReportLanguage language) => Code("Basis", basis, language);

    /// <summary>A diagnostic severity (<c>error</c>, <c>warning</c>, <c>info</c>; anything else reads as info).</summary>
    /// <param name="severity">The severity code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Severity(string severity, ReportLanguage language) =>
        Code("Severity", severity is "error" or "warning" ? severity : "info", language);

    /// <summary>A project nature (<c>new</c>, <c>rebuild</c>, <c>expansion</c>, <c>technical-upgrade</c>, <c>relocation</c>).</summary>
    /// <param name="nature">The nature code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Nature(string nature, ReportLanguage language) => Code("Nature", nature, language);

    /// <summary>Where a trace input came from (<c>project</c>, <c>default</c>, <c>derived</c>, <c>constant</c>).</summary>
    /// <param name="origin">The origin code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Origin(string origin, ReportLanguage language) => Code("Origin", origin, language);

    /// <summary>The zoning (三线一单) verdict (<c>prohibited</c>, <c>conditional</c>, <c>allowed</c>, <c>needs-information</c>).</summary>
    /// <param name="verdict">The verdict code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Verdict(string verdict, ReportLanguage language) => Code("Verdict", verdict, language);

    /// <summary>The energy-saving review (节能审查) tier (<c>provincial</c>, <c>delegated</c>, <c>exempt</c>, <c>national</c>, or the document to file).</summary>
    /// <param name="tier">The tier code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Tier(string tier, ReportLanguage language) => Code("Tier", tier, language);

    /// <summary>The outcome of a zoning rule (<c>pass</c>, <c>fail</c>, <c>not-applicable</c>, <c>needs-information</c>, <c>manual-review</c>).</summary>
    /// <param name="outcome">The outcome code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Outcome(string outcome, ReportLanguage language) => Code("Outcome", outcome, language);

    /// <summary>A part of the energy structure (<c>fossil</c>, <c>renewable</c>, <c>secondary</c>, <c>feedstock</c>).</summary>
    /// <param name="kind">The kind code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string EnergyKind(string kind, ReportLanguage language) => Code("EnergyKind", kind, language);

    /// <summary>The label of <paramref name="code"/> in a list of codes, or the code itself when the list has no label for it.</summary>
    private static string Code(string list, string code, ReportLanguage language) => ReportStrings.Find(list + "." + code, language) ?? code;
}
