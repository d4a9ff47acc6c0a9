using Carbon.Reporting.Charts;
using Carbon.Reporting.Documents;
using Carbon.Reports;

namespace Carbon.Reporting.Sections;

/// <summary>Energy use (GB/T 2589): the structure chart, one line per energy line, the totals with shares, unit-product consumption, traces.</summary>
internal sealed class EnergySection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        if (c.Report.Energy is not { } energy)
        {
            return;
        }

        w.BeginSection("energy", c.T("能源消费（GB/T 2589）", "Energy use (GB/T 2589)"));
        w.Chart(StructureChart(energy.Totals, c));
        w.Table(Lines(energy, c));
        w.Table(Totals(energy.Totals, c));
        if (energy.UnitConsumption.Length > 0)
        {
            var t = new TableBuilder(
                c.T("单位产品能耗", "Unit-product energy consumption"),
                new Column(c.T("产品", "Product")),
                new Column(c.T("环节", "Stage")),
                new Column(c.T("指标", "Indicator")),
                new Column(c.T("数值", "Value"), true),
                new Column(c.T("单位", "Unit")));
            foreach (var u in energy.UnitConsumption)
            {
                t.Row(Cell.Text(u.Product), Cell.Text(u.Stage ?? c.T("全厂", "whole project")), Cell.Text(ReportLabels.Basis(u.Basis, c.Language)), Cell.Number(DisplayNumber.UnitConsumption(u.Value)), Cell.Text(u.Unit));
            }

            w.Table(t.Build());
        }

        if (c.Explain)
        {
            var traces = energy.Carriers.Select(l => TraceLists.Block(l.Path + " " + CarrierName(l, c) + " → " + DisplayNumber.Tce(l.EquivalentTce) + " tce", l.Trace, c))
                .Concat(energy.UnitConsumption.Select(u => TraceLists.Block(
                    u.Product + " · " + (u.Stage ?? c.T("全厂", "whole project")) + " · " + ReportLabels.Basis(u.Basis, c.Language) + " → " + DisplayNumber.UnitConsumption(u.Value) + " " + u.Unit, u.Trace, c)))
                .ToList();
            w.Traces(c.T("计算过程", "How each figure was computed"), traces);
        }

        w.EndSection();
    }

    private static ReportTable Lines(EnergyReport energy, RenderContext c)
    {
        var t = new TableBuilder(
            c.T("能源消费明细", "Energy lines"),
            new Column(c.T("能源品种", "Carrier")),
            new Column(c.T("说明", "Label")),
            new Column(c.T("数量", "Amount")),
            new Column(c.T("环节", "Stage")),
            new Column(c.T("当量值 tce", "Equivalent tce"), true),
            new Column(c.T("等价值 tce", "Equal-value tce"), true));
        foreach (var l in energy.Carriers)
        {
            t.Row(Cell.Text(CarrierName(l, c)), Cell.Text(l.Label), Cell.Text(l.Amount), Cell.Text(l.Stage), Cell.Number(DisplayNumber.Tce(l.EquivalentTce)), l.EqualValueTce is { } ev ? Cell.Number(DisplayNumber.Tce(ev)) : Cell.Empty);
        }

        return t.Build();
    }

    private static ReportTable Totals(EnergyTotals totals, RenderContext c)
    {
        var total = totals.EquivalentTce;
        var t = new TableBuilder(c.T("能源合计", "Energy totals"), new Column(c.T("项目", "Item")), new Column("tce", true), new Column(c.T("占综合能耗", "Share of total"), true));
        t.Total(Cell.Text(c.T("综合能耗（当量值）", "Comprehensive energy (equivalent value)")), Cell.Number(DisplayNumber.Tce(total)), Cell.Empty);
        t.Row(
            Cell.Text(c.T("综合能耗（等价值）", "Comprehensive energy (equal value)")),
            totals.EqualValueTce is { } e ? Cell.Number(DisplayNumber.Tce(e)) : Cell.Text(c.T("未知（见诊断）", "unknown (see diagnostics)")),
            Cell.Empty);
        Part("fossil", totals.FossilTce);
        Part("renewable", totals.RenewableTce);
        Part("secondary", totals.SecondaryTce);
        Part("feedstock", totals.FeedstockTce);
        t.Row(Cell.Text(c.T("燃料、动力用能（综合能耗 − 原料用能）", "Energy used as fuel (total − feedstock)")), Cell.Number(DisplayNumber.Tce(totals.FuelTce)), Cell.Number(DisplayNumber.Share(totals.FuelTce, total)));
        t.Row(Cell.Text(c.T("输出能源（已扣减）", "Exported energy (deducted)")), Cell.Number(DisplayNumber.Tce(totals.ExportedTce)), Cell.Empty);
        return t.Build();

        void Part(string kind, double tce) =>
            t.Row(Cell.Text(ReportLabels.EnergyKind(kind, c.Language)), Cell.Number(DisplayNumber.Tce(tce)), Cell.Number(DisplayNumber.Share(tce, total)));
    }

    private static SvgChart StructureChart(EnergyTotals totals, RenderContext c)
    {
        var title = c.T("能源消费结构（当量值）", "Energy structure (equivalent value)");
        var parts = new[] { ("fossil", totals.FossilTce), ("renewable", totals.RenewableTce), ("secondary", totals.SecondaryTce) };
        var text = parts.Select(p => (Label: ReportLabels.EnergyKind(p.Item1, c.Language), p.Item2, Text: DisplayNumber.Tce(p.Item2) + " tce (" + DisplayNumber.Share(p.Item2, totals.EquivalentTce) + ")")).ToList();
        var feedstock = (Label: ReportLabels.EnergyKind("feedstock", c.Language), Text: DisplayNumber.Tce(totals.FeedstockTce) + " tce (" + DisplayNumber.Share(totals.FeedstockTce, totals.EquivalentTce) + ")");
        var description = c.T("综合能耗 ", "Comprehensive energy ") + DisplayNumber.Tce(totals.EquivalentTce) + " tce; "
            + string.Join("; ", text.Select(p => p.Label + " " + p.Text)) + "; " + c.T("其中原料用能 ", "of which feedstock ") + feedstock.Text;
        if (ShareBarChart.CanShow(parts.Select(p => p.Item2), totals.EquivalentTce))
        {
            return new ShareBarChart(title, description, [.. text.Select(p => new SharePart(p.Label, p.Item2, p.Text))], totals.EquivalentTce, new SharePart(c.T("其中原料用能", "of which feedstock"), totals.FeedstockTce, feedstock.Text));
        }

        // Exports can make a part negative; shares of a whole mean nothing then, so show signed bars.
        return new BarChart(title, description, [.. text.Select(p => new Bar(p.Label, p.Item2, DisplayNumber.Tce(p.Item2) + " tce"))]);
    }

    private static string CarrierName(CarrierLineReport l, RenderContext c) =>
        c.Text(l.Name)
        + (l.Direction == "export" ? c.T("（输出）", " (export)") : string.Empty)
        + (l.Use == "feedstock" ? c.T("（原料）", " (feedstock)") : string.Empty)
        + (l.Origin == "waste-heat" ? c.T("（余热发电）", " (waste heat)") : string.Empty)
        + (l.Renewable ? c.T("（可再生）", " (renewable)") : string.Empty);
}
