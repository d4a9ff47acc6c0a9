namespace Carbon.Reporting;

/// <summary>A human-readable report format.</summary>
public enum ReportFormat
{
    /// <summary>GitHub-flavoured Markdown, for pasting into a review opinion (<c>.md</c>).</summary>
    Markdown = 0,

    /// <summary>One self-contained, printable HTML file with inline SVG charts (<c>.html</c>).</summary>
    Html = 1,
}
