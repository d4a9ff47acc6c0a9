using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>The facts rules and corrections read: project-declared and plugin-derived.</summary>
internal sealed class FactsSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        var facts = c.Report.Facts;
        if (facts.IsDefaultOrEmpty)
        {
            return;
        }

        w.BeginSection("facts", c.T("Label.Facts"));
        var t = new TableBuilder(null, new Column(c.T("Label.Key")), new Column(c.T("Label.FactValue")), new Column(c.T("Label.Origin")), new Column(c.T("Label.Path")));
        foreach (var f in facts)
        {
            t.Row(Cell.Text(f.Key), Cell.Text(f.Value), Cell.Text(f.Origin == "project" ? c.T("Label.ProjectOrigin") : f.Origin), Cell.Text(f.Path));
        }

        w.Table(t.Build());
        w.EndSection();
    }
}
