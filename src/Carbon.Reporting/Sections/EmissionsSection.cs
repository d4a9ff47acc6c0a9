using Carbon.Reporting.Charts;
using Carbon.Reporting.Documents;
using Carbon.Reports;

namespace Carbon.Reporting.Sections;

/// <summary>Greenhouse-gas emissions: charts by source and by gas, one row per line, totals, CO2e by source with shares, intensities, traces.</summary>
internal sealed class EmissionsSection : IReportSection
{
    public void Write(RenderContext c, ReportWriter w)
    {
        if (c.Report.Emissions is not { } emissions)
        {
            return;
        }

        var total = emissions.Totals.Co2eTonnes;
        w.BeginSection("emissions", c.F("Emissions.Title", emissions.GwpSet));
        if (emissions.BySource.Length > 0)
        {
            var bars = emissions.BySource.Select(s => new Bar(ReportLabels.Source(s.Source, c.Language), s.Co2eTonnes, DisplayNumber.Tonnes(s.Co2eTonnes) + " t (" + DisplayNumber.Share(s.Co2eTonnes, total) + ")")).ToList();
            w.Chart(new BarChart(c.T("Emissions.BySourceChart"), Describe(bars), bars));
        }

        var byGas = ByGas(emissions);
        if (byGas.Count > 0)
        {
            var bars = byGas.Select(g => new Bar(g.Gas, g.Co2e, DisplayNumber.Tonnes(g.Co2e) + " t CO2e (" + DisplayNumber.Share(g.Co2e, total) + ")")).ToList();
            w.Chart(new BarChart(c.T("Emissions.ByGasChart"), Describe(bars), bars));
        }

        w.Table(Lines(emissions, c));
        var t = new TableBuilder(c.T("Label.EmissionTotals"), new Column(c.T("Label.Item")), new Column("t", true));
        t.Total(Cell.Text("CO2e"), Cell.Number(DisplayNumber.Tonnes(total)));
        t.Row(Cell.Text("CO2"), Cell.Number(DisplayNumber.Tonnes(emissions.Totals.Co2Tonnes)));
        t.Row(Cell.Text("CH4"), Cell.Number(DisplayNumber.Tonnes(emissions.Totals.Ch4Tonnes)));
        t.Row(Cell.Text("N2O"), Cell.Number(DisplayNumber.Tonnes(emissions.Totals.N2oTonnes)));
        w.Table(t.Build());

        if (emissions.BySource.Length > 0)
        {
            var s = new TableBuilder(c.T("Label.BySourceEmissionStructure"), new Column(c.T("Label.Source")), new Column("t CO2e", true), new Column(c.T("Label.Share"), true));
            foreach (var x in emissions.BySource)
            {
                s.Row(Cell.Text(ReportLabels.Source(x.Source, c.Language)), Cell.Number(DisplayNumber.Tonnes(x.Co2eTonnes)), Cell.Number(DisplayNumber.Share(x.Co2eTonnes, total)));
            }

            w.Table(s.Build());
        }

        if (emissions.Intensities.Length > 0)
        {
            var i = new TableBuilder(c.T("Label.CarbonIntensity"), new Column(c.T("Label.Product")), new Column(c.T("Label.Value"), true), new Column(c.T("Label.Unit")));
            foreach (var x in emissions.Intensities)
            {
                i.Row(Cell.Text(x.Product), Cell.Number(DisplayNumber.Intensity(x.Value)), Cell.Text(x.Unit));
            }

            w.Table(i.Build());
        }

        if (c.Explain)
        {
            var traces = emissions.Lines.Select(e => TraceLists.Block(
                    e.Path + " " + ReportLabels.Source(e.Source, c.Language) + " · " + e.Activity + " · " + e.Gas + " → " + DisplayNumber.Tonnes(e.Tonnes) + " t"
                    + " (GWP " + DisplayNumber.Exact(e.Gwp) + ", " + e.GwpRecord + " → " + DisplayNumber.Tonnes(e.Co2eTonnes) + " t CO2e)",
                    e.Trace,
                    c))
                .Concat(emissions.Intensities.Select(x => TraceLists.Block(x.Product + " → " + DisplayNumber.Intensity(x.Value) + " " + x.Unit, x.Trace, c)))
                .ToList();
            w.Traces(c.T("Label.HowEachFigureWasComputed"), traces);
        }

        w.EndSection();
    }

    private static ReportTable Lines(EmissionsReport emissions, RenderContext c)
    {
        var t = new TableBuilder(
            c.T("Label.EmissionLines"),
            new Column(c.T("Label.Source")),
            new Column(c.T("Label.Activity")),
            new Column(c.T("Label.Label")),
            new Column(c.T("Label.Gas")),
            new Column(c.T("Label.Tonnes"), true),
            new Column("GWP", true),
            new Column("t CO2e", true),
            new Column(c.T("Label.Methodology")));
        foreach (var e in emissions.Lines)
        {
            t.Row(
                Cell.Text(ReportLabels.Source(e.Source, c.Language)),
                Cell.Text(e.Activity),
                Cell.Text(e.Label is { } label ? c.Text(label) : null),
                Cell.Text(e.Gas),
                Cell.Number(DisplayNumber.Tonnes(e.Tonnes)),
                Cell.Number(DisplayNumber.Exact(e.Gwp)),
                Cell.Number(DisplayNumber.Tonnes(e.Co2eTonnes)),
                Cell.Text(e.Methodology));
        }

        return t.Build();
    }

    /// <summary>CO2e per gas: the sum of the lines of each gas, in order of first appearance.</summary>
    private static List<(string Gas, double Co2e)> ByGas(EmissionsReport emissions)
    {
        var result = new List<(string Gas, double Co2e)>();
        foreach (var line in emissions.Lines)
        {
            var i = result.FindIndex(g => g.Gas == line.Gas);
            if (i < 0)
            {
                result.Add((line.Gas, line.Co2eTonnes));
            }
            else
            {
                result[i] = (line.Gas, result[i].Co2e + line.Co2eTonnes);
            }
        }

        return result;
    }

    private static string Describe(IEnumerable<Bar> bars) => string.Join("; ", bars.Select(b => b.Label + ": " + b.ValueText));
}
