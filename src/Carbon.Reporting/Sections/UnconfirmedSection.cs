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

        w.BeginSection("unconfirmed", c.T("Unconfirmed.Title"));
        w.Callout(CalloutKind.Warning, c.T("Unconfirmed.Warning"));
        var t = new TableBuilder(
            null,
            new Column("id"),
            new Column(c.T("Label.Value"), true),
            new Column(c.T("Label.Unit")),
            new Column(c.T("Label.DataSet")),
            new Column(c.T("Label.Citation")));
        foreach (var u in records)
        {
            t.Row(Cell.Text(u.Id), Cell.Number(DisplayNumber.Exact(u.Value)), Cell.Text(u.Unit), Cell.Text(u.DataSet + "@" + u.DataSetVersion), Cell.Text(u.Source));
        }

        w.Table(t.Build());
        w.EndSection();
    }
}
