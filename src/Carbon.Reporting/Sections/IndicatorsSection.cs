using Carbon.Reporting.Documents;

namespace Carbon.Reporting.Sections;

/// <summary>Plugin figures reported beside the emissions and never added to them (e.g. embodied product footprints).</summary>
internal sealed class IndicatorsSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        var indicators = c.Report.Indicators;
        if (indicators.IsDefaultOrEmpty)
        {
            return;
        }

        w.BeginSection("indicators", c.T("Indicators.Title"));
        w.Paragraph(c.T("Indicators.Intro"));
        var t = new TableBuilder(
            null,
            new Column(c.T("Label.Indicator")),
            new Column(c.T("Label.Activity")),
            new Column(c.T("Label.Path")),
            new Column(c.T("Label.Value"), true),
            new Column(c.T("Label.Unit")));
        foreach (var i in indicators)
        {
            t.Row(Cell.Text(c.Text(i.Name)), Cell.Text(i.Activity), Cell.Text(i.Path), Cell.Number(DisplayNumber.Intensity(i.Value)), Cell.Text(i.Unit));
        }

        w.Table(t.Build());
        if (c.Explain)
        {
            w.Traces(c.T("Label.HowEachFigureWasComputed"), [.. indicators.Select(i => TraceLists.Block(c.Text(i.Name) + " → " + DisplayNumber.Intensity(i.Value) + " " + i.Unit, i.Trace, c))]);
        }

        w.EndSection();
    }
}
