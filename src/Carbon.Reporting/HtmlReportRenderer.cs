using System.Globalization;
using Carbon.Reporting.Documents;
using Carbon.Reporting.Sections;
using Carbon.Reports;

namespace Carbon.Reporting;

/// <summary>
/// Renders a report as one self-contained, printable HTML page: inline CSS (with print rules), inline SVG charts
/// (emissions by source and by gas, energy structure, efficiency levels, zoning verdict), collapsible traces in
/// <c>&lt;details&gt;</c> when explaining, no script and no external resource. Every user string is HTML-escaped.
/// The same report and options give the same bytes under any culture; <c>\n</c> line ends; no timestamp.
/// Save it as UTF-8 (the page declares <c>&lt;meta charset="utf-8"&gt;</c>).
/// </summary>
public static class HtmlReportRenderer
{
    /// <summary>Renders a report to a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options, or null for <see cref="ReportRenderOptions.Default"/>.</param>
    /// <returns>The HTML page, ending with a newline.</returns>
    public static string Render(AssessmentReport report, ReportRenderOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(report, writer, options);
        return writer.ToString();
    }

    /// <summary>Renders a report to a text writer, which must encode UTF-8 (without BOM is recommended).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">The options, or null for <see cref="ReportRenderOptions.Default"/>.</param>
    public static void Render(AssessmentReport report, TextWriter writer, ReportRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        ReportComposer.Compose(report, options ?? ReportRenderOptions.Default, new HtmlReportWriter(writer));
    }
}
