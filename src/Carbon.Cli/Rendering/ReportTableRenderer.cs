using Carbon.Cli.Hosting;
using Carbon.Reporting;
using Carbon.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Carbon.Cli.Rendering;

/// <summary>
/// Renders a report as tables for reviewers. Numbers are rounded per GB/T 8170 (tce and tonnes to 2 decimals,
/// intensities to 4); every figure matches the JSON. User text is never read as markup.
/// </summary>
internal static class ReportTableRenderer
{
    public static void Render(AssessmentReport report, Language l, bool explain, IAnsiConsole console)
    {
        if (report.Project is { } p)
        {
            console.Write(new Rule(Escape(l.T("Table.ProjectPrefix") + l.Text(p.Name) + " (" + p.Id + ")")).LeftJustified());
            console.WriteLine(l.T("Table.NaturePrefix") + ReportLabels.Nature(p.Nature, l.Report) + "   " + l.T("Table.ReportingYearPrefix") + p.ReportingYear
                + (p.ReviewDate is null ? string.Empty : "   " + l.T("Table.ReviewDatePrefix") + p.ReviewDate));
        }

        if (report.Energy is { } energy)
        {
            RenderEnergy(energy, l, explain, console);
        }

        if (report.Emissions is { } emissions)
        {
            RenderEmissions(emissions, l, explain, console);
        }

        ReviewTableRenderer.Render(report.Review, report.Baselines, l, console);
        if (report.Zoning is { } zoning)
        {
            ZoningTableRenderer.Render(zoning, l, console);
        }

        if (report.Indicators.Length > 0)
        {
            var table = NewTable(l.T("Table.IndicatorsTitle"), l.T("Label.Indicator"), l.T("Label.Activity"), ">" + l.T("Label.Value"), l.T("Label.Unit"));
            foreach (var i in report.Indicators)
            {
                table.AddRow(Cell(l.Text(i.Name)), Cell(i.Activity), Num(i.Value, 4), Cell(i.Unit));
            }

            console.Write(table);
            if (explain)
            {
                foreach (var i in report.Indicators)
                {
                    RenderTrace(l.Text(i.Name), i.Trace, l, console);
                }
            }
        }

        RenderProvenance(report, l, console);
        RenderDiagnostics(report, l, console);
    }

    private static void RenderEnergy(EnergyReport energy, Language l, bool explain, IAnsiConsole console)
    {
        var table = NewTable(l.T("Table.EnergyTitle"), l.T("Label.Carrier"), l.T("Label.Amount"), l.T("Label.Stage"), ">" + l.T("Label.EquivalentTce"), ">" + l.T("Label.EqualValueTce"));
        foreach (var c in energy.Carriers)
        {
            var name = l.Text(c.Name) + (c.Direction == "export" ? l.T("Label.Export") : string.Empty)
                + (c.Use == "feedstock" ? l.T("Label.Feedstock") : string.Empty)
                + (c.Origin == "waste-heat" ? l.T("Label.WasteHeat") : string.Empty)
                + (c.Renewable ? l.T("Label.Renewable") : string.Empty);
            table.AddRow(Cell(name), Cell(c.Amount), Cell(c.Stage ?? "-"), Num(c.EquivalentTce, 2), c.EqualValueTce is { } ev ? Num(ev, 2) : Cell("-"));
        }

        console.Write(table);
        var t = energy.Totals;
        var totals = NewTable(l.T("Label.EnergyTotals"), l.T("Label.Item"), ">tce");
        totals.AddRow(Cell(l.T("Label.ComprehensiveEnergyEquivalentValue")), Num(t.EquivalentTce, 2));
        totals.AddRow(Cell(l.T("Label.ComprehensiveEnergyEqualValue")), t.EqualValueTce is { } e ? Num(e, 2) : Cell(l.T("Label.UnknownSeeDiagnostics")));
        totals.AddRow(Cell(l.T("Label.FossilEnergy")), Num(t.FossilTce, 2));
        totals.AddRow(Cell(l.T("Label.RenewableEnergy")), Num(t.RenewableTce, 2));
        totals.AddRow(Cell(l.T("Table.SecondaryEnergy")), Num(t.SecondaryTce, 2));
        totals.AddRow(Cell(l.T("Label.FeedstockEnergy")), Num(t.FeedstockTce, 2));
        totals.AddRow(Cell(l.T("Label.ExportedEnergyDeducted")), Num(t.ExportedTce, 2));
        console.Write(totals);

        if (energy.UnitConsumption.Length > 0)
        {
            var unit = NewTable(l.T("Label.UnitProductEnergyConsumption"), l.T("Label.Product"), l.T("Label.Stage"), l.T("Label.Indicator"), ">" + l.T("Label.Value"), l.T("Label.Unit"));
            foreach (var u in energy.UnitConsumption)
            {
                unit.AddRow(Cell(u.Product), Cell(u.Stage ?? l.T("Label.WholeProject")), Cell(ReportLabels.Basis(u.Basis, l.Report)), Num(u.Value, 2), Cell(u.Unit));
            }

            console.Write(unit);
        }

        if (explain)
        {
            foreach (var c in energy.Carriers)
            {
                RenderTrace($"{c.Path} {l.Text(c.Name)} → {Gbt8170.Format(c.EquivalentTce, 2)} tce", c.Trace, l, console);
            }
        }
    }

    private static void RenderEmissions(EmissionsReport emissions, Language l, bool explain, IAnsiConsole console)
    {
        var table = NewTable(
            l.F("Table.EmissionsTitle", emissions.GwpSet),
            l.T("Label.Source"), l.T("Label.Activity"), l.T("Label.Gas"), ">" + l.T("Label.Tonnes"), ">t CO2e");
        foreach (var e in emissions.Lines)
        {
            table.AddRow(Cell(ReportLabels.Source(e.Source, l.Report) + (e.Label is null ? string.Empty : " · " + l.Text(e.Label))), Cell(e.Activity), Cell(e.Gas), Num(e.Tonnes, 2), Num(e.Co2eTonnes, 2));
        }

        console.Write(table);
        var t = emissions.Totals;
        var totals = NewTable(l.T("Label.EmissionTotals"), l.T("Label.Item"), ">t");
        totals.AddRow(Cell("CO2e"), Num(t.Co2eTonnes, 2));
        totals.AddRow(Cell("CO2"), Num(t.Co2Tonnes, 2));
        totals.AddRow(Cell("CH4"), Num(t.Ch4Tonnes, 3));
        totals.AddRow(Cell("N2O"), Num(t.N2oTonnes, 3));
        foreach (var s in emissions.BySource)
        {
            totals.AddRow(Cell(l.T("Table.OfWhichPrefix") + ReportLabels.Source(s.Source, l.Report) + " (CO2e)"), Num(s.Co2eTonnes, 2));
        }

        console.Write(totals);
        if (emissions.Intensities.Length > 0)
        {
            var intensity = NewTable(l.T("Label.CarbonIntensity"), l.T("Label.Product"), ">" + l.T("Label.Value"), l.T("Label.Unit"));
            foreach (var i in emissions.Intensities)
            {
                intensity.AddRow(Cell(i.Product), Num(i.Value, 4), Cell(i.Unit));
            }

            console.Write(intensity);
        }

        if (explain)
        {
            foreach (var e in emissions.Lines)
            {
                RenderTrace($"{e.Path} {ReportLabels.Source(e.Source, l.Report)} {e.Activity} {e.Gas} → {Gbt8170.Format(e.Tonnes, 2)} t (GWP {e.Gwp.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, {e.GwpRecord})", e.Trace, l, console);
            }
        }
    }

    private static void RenderTrace(string title, TraceReport trace, Language l, IAnsiConsole console)
    {
        var tree = new Tree(new Text(title));
        tree.AddNode(new Text(l.T("Table.FormulaPrefix") + trace.Formula));
        foreach (var i in trace.Inputs)
        {
            tree.AddNode(new Text($"{i.Name} = {i.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {i.Unit} [{ReportLabels.Origin(i.Origin, l.Report)}{(i.Path is null ? string.Empty : " " + i.Path)}]"));
        }

        foreach (var f in trace.Factors)
        {
            tree.AddNode(new Text($"{f.Id} = {f.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} {f.Unit} [{ReportLabels.Status(f.Status, l.Report)}] {f.DataSet}@{f.DataSetVersion} — {f.Source}"));
        }

        if (trace.Note is { } note)
        {
            tree.AddNode(new Text(l.T("Table.NotePrefix") + ReportLabels.Text(note, l.Report)));
        }

        console.Write(tree);
    }

    private static void RenderProvenance(AssessmentReport report, Language l, IAnsiConsole console)
    {
        if (report.DataSets.Length > 0)
        {
            var table = NewTable(l.T("Label.DataSetsUsed"), "id", l.T("Label.Version"), l.T("Label.Title"));
            foreach (var d in report.DataSets)
            {
                table.AddRow(Cell(d.Id), Cell(d.Version), Cell(l.Text(d.Title)));
            }

            console.Write(table);
        }

        if (report.Unconfirmed.Length > 0)
        {
            var table = NewTable(l.T("Table.UnconfirmedTitle"), "id", l.T("Label.Value"), l.T("Label.Citation"));
            foreach (var u in report.Unconfirmed)
            {
                table.AddRow(Cell(u.Id), Cell(u.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " " + u.Unit), Cell(u.Source));
            }

            console.Write(table);
        }
    }

    public static void RenderDiagnostics(AssessmentReport report, Language l, IAnsiConsole console)
    {
        if (report.Diagnostics.Length == 0)
        {
            return;
        }

        var table = NewTable(l.T("Label.Diagnostics"), l.T("Label.Severity"), l.T("Label.Code"), l.T("Label.Path"), l.T("Label.Message"));
        foreach (var d in report.Diagnostics)
        {
            table.AddRow(Cell(ReportLabels.Severity(d.Severity, l.Report)), Cell(d.Code), Cell(d.Path.Length == 0 ? "/" : d.Path), Cell(l.Text(d.Message)));
        }

        console.Write(table);
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(Escape(title)), Border = TableBorder.Square };
        // A leading '>' marks a numeric column: right-aligned so digits line up; text stays left-aligned.
        foreach (var spec in columns)
        {
            var numeric = spec.StartsWith('>');
            var column = new TableColumn(new Text(numeric ? spec[1..] : spec));
            table.AddColumn(numeric ? column.RightAligned() : column.LeftAligned());
        }

        return table;
    }

    private static Text Cell(string text) => new Text(text);

    private static Text Num(double value, int decimals) => new Text(Gbt8170.Format(value, decimals));

    private static string Escape(string text) => Markup.Escape(text);
}
