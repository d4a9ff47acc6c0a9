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

        w.BeginSection("indicators", c.T("其他指标（不计入排放合计）", "Other indicators (not added to the emissions)"));
        w.Paragraph(c.T("以下指标由行业插件给出，仅供参考，不计入上文的排放合计（如产品碳足迹）。", "Sector plugins report these figures for reference; they are not added to the emission totals above (e.g. product footprints)."));
        var t = new TableBuilder(
            null,
            new Column(c.T("指标", "Indicator")),
            new Column(c.T("活动", "Activity")),
            new Column(c.T("位置", "Path")),
            new Column(c.T("数值", "Value"), true),
            new Column(c.T("单位", "Unit")));
        foreach (var i in indicators)
        {
            t.Row(Cell.Text(c.Text(i.Name)), Cell.Text(i.Activity), Cell.Text(i.Path), Cell.Number(DisplayNumber.Intensity(i.Value)), Cell.Text(i.Unit));
        }

        w.Table(t.Build());
        if (c.Explain)
        {
            w.Traces(c.T("计算过程", "How each figure was computed"), [.. indicators.Select(i => TraceLists.Block(c.Text(i.Name) + " → " + DisplayNumber.Intensity(i.Value) + " " + i.Unit, i.Trace, c))]);
        }

        w.EndSection();
    }
}
