using System.Globalization;
using Carbon.Reporting.Charts;

namespace Carbon.Reporting.Documents;

/// <summary>
/// Writes one self-contained HTML page: inline CSS, inline SVG charts, no script and no external resource (a
/// Content-Security-Policy forbids loading any). The markup is also well-formed XML (void elements self-closed,
/// attributes quoted, only XML entities), so tests and tools can parse it.
/// </summary>
internal sealed class HtmlReportWriter(TextWriter output) : ReportWriter
{
    private int _charts;

    public override void BeginDocument(string title, ReportLanguage language)
    {
        var lang = language == ReportLanguage.Zh ? "zh-CN" : "en";
        Write("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n");
        Write("<title>" + E(title) + "</title>\n<style>\n" + HtmlStyle.Css + "</style>\n</head>\n<body>\n<main>\n");
        Write("<h1>" + E(title) + "</h1>\n");
    }

    public override void EndDocument(string footer) => Write("<footer><p>" + E(footer) + "</p></footer>\n</main>\n</body>\n</html>\n");

    public override void BeginSection(string id, string heading) => Write("<section id=\"" + E(id) + "\">\n<h2>" + E(heading) + "</h2>\n");

    public override void EndSection() => Write("</section>\n");

    public override void Heading(string text, int level = 3)
    {
        var h = "h" + Math.Clamp(level, 3, 6).ToString(CultureInfo.InvariantCulture);
        Write("<" + h + ">" + E(text) + "</" + h + ">\n");
    }

    public override void Paragraph(string text) => Write("<p>" + E(text) + "</p>\n");

    public override void Callout(CalloutKind kind, string text)
    {
        var cls = kind switch
        {
            CalloutKind.Error => "callout error",
            CalloutKind.Warning => "callout warning",
            _ => "callout",
        };
        Write("<p class=\"" + cls + "\">" + E(text) + "</p>\n");
    }

    public override void KeyFigures(IReadOnlyList<KeyFigure> figures)
    {
        if (figures.Count == 0)
        {
            return;
        }

        Write("<div class=\"figures\">\n");
        foreach (var f in figures)
        {
            Write("<div class=\"figure\"><div class=\"label\">" + E(f.Label) + "</div><div class=\"value\">" + E(f.Value)
                + (f.Unit is null ? string.Empty : "<span class=\"unit\">" + E(f.Unit) + "</span>") + "</div></div>\n");
        }

        Write("</div>\n");
    }

    public override void Table(ReportTable table)
    {
        Write("<table>\n");
        if (table.Caption is not null)
        {
            Write("<caption>" + E(table.Caption) + "</caption>\n");
        }

        Write("<thead><tr>");
        foreach (var c in table.Columns)
        {
            Write((c.Numeric ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">") + E(c.Header) + "</th>");
        }

        Write("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            Write(row.Emphasis ? "<tr class=\"total\">" : "<tr>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var numeric = i < table.Columns.Count && table.Columns[i].Numeric;
                Write((numeric ? "<td class=\"num\">" : "<td>") + E(row.Cells[i].Content) + "</td>");
            }

            Write("</tr>\n");
        }

        Write("</tbody>\n</table>\n");
    }

    public override void List(IReadOnlyList<ListItem> items)
    {
        if (items.Count > 0)
        {
            WriteItems(items, "data");
        }
    }

    public override void Traces(string heading, IReadOnlyList<TraceBlock> traces)
    {
        if (traces.Count == 0)
        {
            return;
        }

        Heading(heading, 4);
        Write("<div class=\"traces\">\n");
        foreach (var t in traces)
        {
            Write("<details>\n<summary>" + E(t.Title) + "</summary>\n");
            WriteItems(t.Items, null);
            Write("</details>\n");
        }

        Write("</div>\n");
    }

    public override void Chart(SvgChart chart)
    {
        _charts++;
        var id = "chart-" + _charts.ToString(CultureInfo.InvariantCulture);
        Write("<figure class=\"chart\">\n" + chart.ToSvg(id) + "\n<figcaption>" + E(chart.Title) + "</figcaption>\n</figure>\n");
    }

    private static string E(string text) => HtmlText.Escape(text);

    private void WriteItems(IReadOnlyList<ListItem> items, string? cls)
    {
        Write(cls is null ? "<ul>\n" : "<ul class=\"" + cls + "\">\n");
        foreach (var item in items)
        {
            Write("<li>" + E(item.Text));
            if (item.Children.Count > 0)
            {
                Write("\n");
                WriteItems(item.Children, null);
            }

            Write("</li>\n");
        }

        Write("</ul>\n");
    }

    private void Write(string text) => output.Write(text);
}
