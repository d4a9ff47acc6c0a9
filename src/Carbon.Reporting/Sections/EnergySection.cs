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

        w.BeginSection("energy", c.T("Energy.Title"));
        w.Chart(StructureChart(energy.Totals, c));
        w.Table(Lines(energy, c));
        w.Table(Totals(energy.Totals, c));
        if (energy.UnitConsumption.Length > 0)
        {
            var t = new TableBuilder(
                c.T("Label.UnitProductEnergyConsumption"),
                new Column(c.T("Label.Product")),
                new Column(c.T("Label.Stage")),
                new Column(c.T("Label.Indicator")),
                new Column(c.T("Label.Value"), true),
                new Column(c.T("Label.Unit")));
            foreach (var u in energy.UnitConsumption)
            {
                t.Row(Cell.Text(u.Product), Cell.Text(u.Stage ?? c.T("Label.WholeProject")), Cell.Text(ReportLabels.Basis(u.Basis, c.Language)), Cell.Number(DisplayNumber.UnitConsumption(u.Value)), Cell.Text(u.Unit));
            }

            w.Table(t.Build());
        }

        if (c.Explain)
        {
            var traces = energy.Carriers.Select(l => TraceLists.Block(l.Path + " " + CarrierName(l, c) + " → " + DisplayNumber.Tce(l.EquivalentTce) + " tce", l.Trace, c))
                .Concat(energy.UnitConsumption.Select(u => TraceLists.Block(
                    u.Product + " · " + (u.Stage ?? c.T("Label.WholeProject")) + " · " + ReportLabels.Basis(u.Basis, c.Language) + " → " + DisplayNumber.UnitConsumption(u.Value) + " " + u.Unit, u.Trace, c)))
                .ToList();
            w.Traces(c.T("Label.HowEachFigureWasComputed"), traces);
        }

        w.EndSection();
    }

    private static ReportTable Lines(EnergyReport energy, RenderContext c)
    {
        var t = new TableBuilder(
            c.T("Label.EnergyLines"),
            new Column(c.T("Label.Carrier")),
            new Column(c.T("Label.Label")),
            new Column(c.T("Label.Amount")),
            new Column(c.T("Label.Stage")),
            new Column(c.T("Label.EquivalentTce"), true),
            new Column(c.T("Label.EqualValueTce"), true));
        foreach (var l in energy.Carriers)
        {
            t.Row(Cell.Text(CarrierName(l, c)), Cell.Text(l.Label), Cell.Text(l.Amount), Cell.Text(l.Stage), Cell.Number(DisplayNumber.Tce(l.EquivalentTce)), l.EqualValueTce is { } ev ? Cell.Number(DisplayNumber.Tce(ev)) : Cell.Empty);
        }

        return t.Build();
    }

    private static ReportTable Totals(EnergyTotals totals, RenderContext c)
    {
        var total = totals.EquivalentTce;
        var t = new TableBuilder(c.T("Label.EnergyTotals"), new Column(c.T("Label.Item")), new Column("tce", true), new Column(c.T("Label.ShareOfTotal"), true));
        t.Total(Cell.Text(c.T("Label.ComprehensiveEnergyEquivalentValue")), Cell.Number(DisplayNumber.Tce(total)), Cell.Empty);
        t.Row(
            Cell.Text(c.T("Label.ComprehensiveEnergyEqualValue")),
            totals.EqualValueTce is { } e ? Cell.Number(DisplayNumber.Tce(e)) : Cell.Text(c.T("Label.UnknownSeeDiagnostics")),
            Cell.Empty);
        Part("fossil", totals.FossilTce);
        Part("renewable", totals.RenewableTce);
        Part("secondary", totals.SecondaryTce);
        Part("feedstock", totals.FeedstockTce);
        t.Row(Cell.Text(c.T("Energy.FuelUse")), Cell.Number(DisplayNumber.Tce(totals.FuelTce)), Cell.Number(DisplayNumber.Share(totals.FuelTce, total)));
        t.Row(Cell.Text(c.T("Label.ExportedEnergyDeducted")), Cell.Number(DisplayNumber.Tce(totals.ExportedTce)), Cell.Empty);
        return t.Build();

        void Part(string kind, double tce) =>
            t.Row(Cell.Text(ReportLabels.EnergyKind(kind, c.Language)), Cell.Number(DisplayNumber.Tce(tce)), Cell.Number(DisplayNumber.Share(tce, total)));
    }

    private static SvgChart StructureChart(EnergyTotals totals, RenderContext c)
    {
        var title = c.T("Label.EnergyStructureEquivalentValue");
        var parts = new[] { ("fossil", totals.FossilTce), ("renewable", totals.RenewableTce), ("secondary", totals.SecondaryTce) };
        var text = parts.Select(p => (Label: ReportLabels.EnergyKind(p.Item1, c.Language), p.Item2, Text: DisplayNumber.Tce(p.Item2) + " tce (" + DisplayNumber.Share(p.Item2, totals.EquivalentTce) + ")")).ToList();
        var feedstock = (Label: ReportLabels.EnergyKind("feedstock", c.Language), Text: DisplayNumber.Tce(totals.FeedstockTce) + " tce (" + DisplayNumber.Share(totals.FeedstockTce, totals.EquivalentTce) + ")");
        var description = c.T("Energy.ComprehensiveEnergyPrefix") + DisplayNumber.Tce(totals.EquivalentTce) + " tce; "
            + string.Join("; ", text.Select(p => p.Label + " " + p.Text)) + "; " + c.T("Energy.OfWhichFeedstockPrefix") + feedstock.Text;
        if (ShareBarChart.CanShow(parts.Select(p => p.Item2), totals.EquivalentTce))
        {
            return new ShareBarChart(title, description, [.. text.Select(p => new SharePart(p.Label, p.Item2, p.Text))], totals.EquivalentTce, new SharePart(c.T("Label.OfWhichFeedstock"), totals.FeedstockTce, feedstock.Text));
        }

        // Exports can make a part negative; shares of a whole mean nothing then, so show signed bars.
        return new BarChart(title, description, [.. text.Select(p => new Bar(p.Label, p.Item2, DisplayNumber.Tce(p.Item2) + " tce"))]);
    }

    private static string CarrierName(CarrierLineReport l, RenderContext c) =>
        c.Text(l.Name)
        + (l.Direction == "export" ? c.T("Label.Export") : string.Empty)
        + (l.Use == "feedstock" ? c.T("Label.Feedstock") : string.Empty)
        + (l.Origin == "waste-heat" ? c.T("Label.WasteHeat") : string.Empty)
        + (l.Renewable ? c.T("Label.Renewable") : string.Empty);
}
