using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>The data sets the numbers came from, with versions and SHA-256 content hashes (to show which data an opinion relied on).</summary>
internal sealed class DataSetsSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        var dataSets = c.Report.DataSets;
        if (dataSets.IsDefaultOrEmpty)
        {
            return;
        }

        w.BeginSection("data-sets", c.T("Label.DataSetsUsed"));
        var t = new TableBuilder(null, new Column("id"), new Column(c.T("Label.Version")), new Column(c.T("Label.Title")), new Column("SHA-256"));
        foreach (var d in dataSets)
        {
            t.Row(Cell.Text(d.Id), Cell.Text(d.Version), Cell.Text(c.Text(d.Title)), Cell.Text(d.ContentHash));
        }

        w.Table(t.Build());
        w.EndSection();
    }
}
