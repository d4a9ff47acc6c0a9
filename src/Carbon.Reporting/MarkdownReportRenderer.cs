using System.Globalization;
using Carbon.Reporting.Documents;
using Carbon.Reporting.Sections;
using Carbon.Reports;

namespace Carbon.Reporting;

/// <summary>
/// Renders a report as GitHub-flavoured Markdown for pasting into a review opinion (审查意见): headings, pipe tables,
/// numbers rounded per GB/T 8170 with units, traces as nested lists when explaining, the data sets and UNCONFIRMED
/// data relied on, and the diagnostics. User text is escaped so it cannot break a table. The same report and options
/// give the same text under any culture; <c>\n</c> line ends; no timestamp.
/// </summary>
public static class MarkdownReportRenderer
{
    /// <summary>Renders a report to a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or null for <see cref="ReportRenderOptions.Default"/>.</param>
    /// <returns>The Markdown, ending with a newline.</returns>
    public static string Render(AssessmentReport report, ReportRenderOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(report, writer, options);
        return writer.ToString();
    }

    /// <summary>Renders a report to a text writer (the caller chooses the encoding; UTF-8 without BOM is recommended).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">The options, or null for <see cref="ReportRenderOptions.Default"/>.</param>
    public static void Render(AssessmentReport report, TextWriter writer, ReportRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        ReportComposer.Compose(report, options ?? ReportRenderOptions.Default, new MarkdownReportWriter(writer));
    }
}
