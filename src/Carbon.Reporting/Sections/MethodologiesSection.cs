using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>The methodologies used, with guideline, edition, effective date and status.</summary>
internal sealed class MethodologiesSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        var methodologies = c.Report.Methodologies;
        if (methodologies.IsDefaultOrEmpty)
        {
            return;
        }

        w.BeginSection("methodologies", c.T("Label.MethodologiesUsed"));
        var t = new TableBuilder(
            null,
            new Column(c.T("Label.Plugin")),
            new Column("id"),
            new Column(c.T("Label.Name")),
            new Column(c.T("Label.Guideline")),
            new Column(c.T("Label.Edition")),
            new Column(c.T("Label.InForceFrom")),
            new Column(c.T("Label.Status")));
        foreach (var m in methodologies)
        {
            t.Row(Cell.Text(m.Plugin), Cell.Text(m.Id), Cell.Text(c.Text(m.Name)), Cell.Text(m.Guideline), Cell.Text(m.Edition), Cell.Text(m.EffectiveFrom), Cell.Text(ReportLabels.Status(m.Status, c.Language)));
        }

        w.Table(t.Build());
        w.EndSection();
    }
}
