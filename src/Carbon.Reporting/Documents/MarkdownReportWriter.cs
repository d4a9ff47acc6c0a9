using System.Text;
using Carbon.Reporting.Charts;

namespace Carbon.Reporting.Documents;

/// <summary>Writes GitHub-flavoured Markdown: ATX headings, pipe tables with aligned numeric columns, nested lists.</summary>
internal sealed class MarkdownReportWriter(TextWriter output) : ReportWriter
{
    private const char Nl = '\n';

    public override void BeginDocument(string title, ReportLanguage language) => Block("# " + MarkdownText.Escape(title));

    public override void EndDocument(string footer) => output.Write("---" + Nl + Nl + "*" + MarkdownText.Escape(footer) + "*" + Nl);

    public override void BeginSection(string id, string heading) => Block("## " + MarkdownText.Escape(heading));

    public override void EndSection()
    {
        // Markdown sections end at the next heading.
    }

    public override void Heading(string text, int level = 3) =>
        Block(new string('#', Math.Clamp(level, 3, 6)) + " " + MarkdownText.Escape(text));

    public override void Paragraph(string text) => Block(MarkdownText.Escape(text, lineStart: true));

    public override void Callout(CalloutKind kind, string text)
    {
        var marker = kind switch
        {
            CalloutKind.Error => "[!CAUTION]",
            CalloutKind.Warning => "[!WARNING]",
            _ => "[!NOTE]",
        };

        // GitHub renders these as alerts; other Markdown shows a plain quote.
        Block("> " + marker + Nl + "> " + MarkdownText.Escape(text, lineStart: true));
    }

    public override void KeyFigures(IReadOnlyList<KeyFigure> figures)
    {
        if (figures.Count == 0)
        {
            return;
        }

        var sb = new StringBuilder();
        foreach (var f in figures)
        {
            sb.Append("- **").Append(MarkdownText.Escape(f.Label)).Append("**: ").Append(MarkdownText.Escape(f.Value));
            if (f.Unit is not null)
            {
                sb.Append(' ').Append(MarkdownText.Escape(f.Unit));
            }

            sb.Append(Nl);
        }

        Block(sb.ToString().TrimEnd('\n'));
    }

    public override void Table(ReportTable table)
    {
        if (table.Caption is not null)
        {
            Heading(table.Caption, 3);
        }

        var sb = new StringBuilder();
        sb.Append('|');
        foreach (var c in table.Columns)
        {
            sb.Append(' ').Append(MarkdownText.Escape(c.Header)).Append(" |");
        }

        sb.Append(Nl).Append('|');
        foreach (var c in table.Columns)
        {
            sb.Append(c.Numeric ? "---:|" : "---|");
        }

        foreach (var row in table.Rows)
        {
            sb.Append(Nl).Append('|');
            foreach (var cell in row.Cells)
            {
                var text = CellText(cell);
                sb.Append(' ').Append(row.Emphasis && cell.Kind != CellKind.Placeholder ? "**" + text + "**" : text).Append(" |");
            }
        }

        Block(sb.ToString());
    }

    public override void List(IReadOnlyList<ListItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var sb = new StringBuilder();
        AppendItems(sb, items, 0);
        Block(sb.ToString().TrimEnd('\n'));
    }

    public override void Traces(string heading, IReadOnlyList<TraceBlock> traces)
    {
        if (traces.Count == 0)
        {
            return;
        }

        Heading(heading, 4);
        var sb = new StringBuilder();
        foreach (var t in traces)
        {
            sb.Append("- ").Append(MarkdownText.Escape(t.Title, lineStart: true)).Append(Nl);
            AppendItems(sb, t.Items, 1);
        }

        Block(sb.ToString().TrimEnd('\n'));
    }

    public override void Chart(SvgChart chart)
    {
        // Markdown has no graphics; every charted figure is also in a table.
    }

    private static string CellText(Cell cell) => cell.Kind == CellKind.Text ? MarkdownText.Escape(cell.Content) : cell.Content;

    private static void AppendItems(StringBuilder sb, IReadOnlyList<ListItem> items, int depth)
    {
        foreach (var item in items)
        {
            sb.Append(' ', depth * 2).Append("- ").Append(MarkdownText.Escape(item.Text, lineStart: true)).Append(Nl);
            AppendItems(sb, item.Children, depth + 1);
        }
    }

    // Every block is followed by one blank line, so blocks never run together.
    private void Block(string text)
    {
        output.Write(text);
        output.Write(Nl);
        output.Write(Nl);
    }
}
