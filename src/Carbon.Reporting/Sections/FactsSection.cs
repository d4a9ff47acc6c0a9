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

        w.BeginSection("facts", c.T("项目事实", "Facts"));
        var t = new TableBuilder(null, new Column(c.T("键", "Key")), new Column(c.T("值", "Value")), new Column(c.T("来源", "Origin")), new Column(c.T("位置", "Path")));
        foreach (var f in facts)
        {
            t.Row(Cell.Text(f.Key), Cell.Text(f.Value), Cell.Text(f.Origin == "project" ? c.T("项目", "project") : f.Origin), Cell.Text(f.Path));
        }

        w.Table(t.Build());
        w.EndSection();
    }
}
