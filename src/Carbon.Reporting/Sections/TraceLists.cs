using Carbon.Reporting.Documents;
using Carbon.Reports;

namespace Carbon.Reporting.Sections;

/// <summary>Turns a trace into list items: the formula, each input (value, unit, origin, JSON path), each factor record (value, status, data set, citation), and the note.</summary>
internal static class TraceLists
{
    public static TraceBlock Block(string title, TraceReport trace, RenderContext c) => new(title, Items(trace, c));

    public static IReadOnlyList<ListItem> Items(TraceReport trace, RenderContext c)
    {
        var items = new List<ListItem> { new(c.T("Label.Formula") + c.Colon + trace.Formula) };
        if (trace.Inputs.Length > 0)
        {
            items.Add(new ListItem(c.T("Label.Inputs"), [.. trace.Inputs.Select(i => new ListItem(Input(i, c)))]));
        }

        if (trace.Factors.Length > 0)
        {
            items.Add(new ListItem(c.T("Label.DataRecords"), [.. trace.Factors.Select(f => new ListItem(Factor(f, c)))]));
        }

        if (trace.Note is { } note && c.Text(note) is { Length: > 0 } text)
        {
            items.Add(new ListItem(c.T("Label.Note") + c.Colon + text));
        }

        return items;
    }

    public static string Input(TraceInputReport i, RenderContext c) =>
        i.Name + " = " + DisplayNumber.Exact(i.Value) + Unit(i.Unit) + c.T("Punct.OpenParen") + ReportLabels.Origin(i.Origin, c.Language)
        + (i.Path is null ? string.Empty : c.T("Punct.Comma") + i.Path) + c.T("Punct.CloseParen");

    public static string Factor(FactorReport f, RenderContext c) =>
        f.Id + " = " + DisplayNumber.Exact(f.Value) + Unit(f.Unit) + c.T("Punct.OpenParen") + ReportLabels.Status(f.Status, c.Language) + c.T("Punct.Semicolon")
        + f.DataSet + "@" + f.DataSetVersion + c.T("Punct.CloseParen") + " — " + f.Source;

    private static string Unit(string unit) => unit is "" or "1" ? string.Empty : " " + unit;
}
