using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>Diagnostics: input problems, defaults used, unconfirmed data used, each with its code and JSON path.</summary>
internal sealed class DiagnosticsSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        var diagnostics = c.Report.Diagnostics;
        if (diagnostics.IsDefaultOrEmpty)
        {
            return;
        }

        w.BeginSection("diagnostics", c.T("Label.Diagnostics"));
        var t = new TableBuilder(
            null,
            new Column(c.T("Label.Severity")),
            new Column(c.T("Label.Code")),
            new Column(c.T("Label.Path")),
            new Column(c.T("Label.Message")));

        // Errors first, then warnings, then the rest; the engine's order within each.
        foreach (var d in diagnostics.OrderBy(d => d.Severity switch { "error" => 0, "warning" => 1, _ => 2 }))
        {
            t.Row(Cell.Text(ReportLabels.Severity(d.Severity, c.Language)), Cell.Text(d.Code), Cell.Text(d.Path.Length == 0 ? "/" : d.Path), Cell.Text(c.Text(d.Message)));
        }

        w.Table(t.Build());
        w.EndSection();
    }
}
