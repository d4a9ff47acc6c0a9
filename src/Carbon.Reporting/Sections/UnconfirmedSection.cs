using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>Every UNCONFIRMED record the numbers relied on: a reviewer must check each against its primary text.</summary>
internal sealed class UnconfirmedSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        var records = c.Report.Unconfirmed;
        if (records.IsDefaultOrEmpty)
        {
            return;
        }

        w.BeginSection("unconfirmed", c.T("依赖的未核实数据", "UNCONFIRMED data relied on"));
        w.Callout(CalloutKind.Warning, c.T(
            "以下数据未经核实（UNCONFIRMED），报告中的数值依赖于它们。审批前须逐条对照原文核实。",
            "The numbers in this report rely on the UNCONFIRMED records below. Check each against its primary text before an approval relies on it."));
        var t = new TableBuilder(
            null,
            new Column("id"),
            new Column(c.T("数值", "Value"), true),
            new Column(c.T("单位", "Unit")),
            new Column(c.T("数据集", "Data set")),
            new Column(c.T("来源", "Source")));
        foreach (var u in records)
        {
            t.Row(Cell.Text(u.Id), Cell.Number(DisplayNumber.Exact(u.Value)), Cell.Text(u.Unit), Cell.Text(u.DataSet + "@" + u.DataSetVersion), Cell.Text(u.Source));
        }

        w.Table(t.Build());
        w.EndSection();
    }
}
