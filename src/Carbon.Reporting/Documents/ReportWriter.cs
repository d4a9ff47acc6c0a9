using Carbon.Reporting.Charts;

namespace Carbon.Reporting.Documents;

/// <summary>
/// The blocks a report is made of, written in one format. Sections (Sections/*) say what to show; a writer says how.
/// Every user string passed in is raw text: the writer escapes it for its format. Writers emit <c>\n</c> line ends
/// only and never read the culture or the clock.
/// </summary>
internal abstract class ReportWriter
{
    /// <summary>Starts the document with its title (the project name).</summary>
    public abstract void BeginDocument(string title, ReportLanguage language);

    /// <summary>Ends the document with a closing note (how numbers were rounded, which engine).</summary>
    public abstract void EndDocument(string footer);

    /// <summary>Starts a top-level section (a level-2 heading); <paramref name="id"/> is a stable anchor.</summary>
    public abstract void BeginSection(string id, string heading);

    /// <summary>Ends the current section.</summary>
    public abstract void EndSection();

    /// <summary>A heading inside a section; level 3 to 6.</summary>
    public abstract void Heading(string text, int level = 3);

    /// <summary>A paragraph.</summary>
    public abstract void Paragraph(string text);

    /// <summary>A highlighted paragraph (errors, unconfirmed data).</summary>
    public abstract void Callout(CalloutKind kind, string text);

    /// <summary>Headline figures.</summary>
    public abstract void KeyFigures(IReadOnlyList<KeyFigure> figures);

    /// <summary>A table.</summary>
    public abstract void Table(ReportTable table);

    /// <summary>A nested list.</summary>
    public abstract void List(IReadOnlyList<ListItem> items);

    /// <summary>Traces under a small heading: nested lists in Markdown, collapsible blocks in HTML.</summary>
    public abstract void Traces(string heading, IReadOnlyList<TraceBlock> traces);

    /// <summary>A chart; formats without graphics skip it (the same figures are in the tables).</summary>
    public abstract void Chart(SvgChart chart);
}
