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

        w.BeginSection("methodologies", c.T("采用的方法学", "Methodologies used"));
        var t = new TableBuilder(
            null,
            new Column(c.T("插件", "Plugin")),
            new Column("id"),
            new Column(c.T("名称", "Name")),
            new Column(c.T("指南/标准", "Guideline")),
            new Column(c.T("版本", "Edition")),
            new Column(c.T("生效日期", "In force from")),
            new Column(c.T("状态", "Status")));
        foreach (var m in methodologies)
        {
            t.Row(Cell.Text(m.Plugin), Cell.Text(m.Id), Cell.Text(c.Text(m.Name)), Cell.Text(m.Guideline), Cell.Text(m.Edition), Cell.Text(m.EffectiveFrom), Cell.Text(ReportLabels.Status(m.Status, c.Language)));
        }

        w.Table(t.Build());
        w.EndSection();
    }
}
