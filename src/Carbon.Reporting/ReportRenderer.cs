using Carbon.Reports;

namespace Carbon.Reporting;

/// <summary>Renders a report in a format chosen at run time (e.g. a console's <c>--format md|html</c>).</summary>
public static class ReportRenderer
{
    /// <summary>Renders a report to a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">The options, or null for <see cref="ReportRenderOptions.Default"/>.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string Render(AssessmentReport report, ReportFormat format, ReportRenderOptions? options = null) => format switch
    {
        ReportFormat.Markdown => MarkdownReportRenderer.Render(report, options),
        ReportFormat.Html => HtmlReportRenderer.Render(report, options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Renders a report to a text writer.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write (UTF-8).</param>
    /// <param name="options">The options, or null for <see cref="ReportRenderOptions.Default"/>.</param>
    public static void Render(AssessmentReport report, ReportFormat format, TextWriter writer, ReportRenderOptions? options = null)
    {
        switch (format)
        {
            case ReportFormat.Markdown:
                MarkdownReportRenderer.Render(report, writer, options);
                break;
            case ReportFormat.Html:
                HtmlReportRenderer.Render(report, writer, options);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    /// <summary>Reads a format name: <c>md</c> or <c>markdown</c>, <c>html</c> or <c>htm</c> (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="format">The format, when known.</param>
    /// <returns>Whether the name is a known format.</returns>
    public static bool TryParseFormat(string? name, out ReportFormat format)
    {
        switch (name?.ToUpperInvariant())
        {
            case "MD" or "MARKDOWN":
                format = ReportFormat.Markdown;
                return true;
            case "HTML" or "HTM":
                format = ReportFormat.Html;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>The usual file extension of a format, with its dot (<c>.md</c>, <c>.html</c>).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The extension.</returns>
    public static string FileExtension(ReportFormat format) => format == ReportFormat.Html ? ".html" : ".md";
}
