using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Carbon.Emissions;
using Carbon.Engine;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Energy;

/// <summary>Builds the energy section: per-line results and unit-product consumption (单位产品综合能耗 and others).</summary>
internal static class EnergyReporter
{
    public static EnergyReport Report(Project project, EnergyResult energy, List<Diagnostic> diagnostics)
    {
        var carriers = new CarrierLineReport[energy.Lines.Length];
        for (var i = 0; i < carriers.Length; i++)
        {
            var l = energy.Lines[i];
            carriers[i] = new CarrierLineReport(
            l.Carrier.Id,
            new MessageReport(l.Carrier.Name.Zh, l.Carrier.Name.En),
            l.Line.Label,
            l.Line.Stage,
            l.Line.Use == EnergyUse.Feedstock ? "feedstock" : "fuel",
            l.Line.Direction == EnergyDirection.Export ? "export" : "import",
            l.Carrier.Kind != CarrierKind.Electricity ? null : l.Line.Origin switch { EnergyOrigin.WasteHeat => "waste-heat", EnergyOrigin.OnSiteRenewable => "on-site-renewable", _ => "grid" },
            l.Line.Renewable,
            l.Line.AmountText,
            ReportNumber.Clean(l.PhysicalAmount),
            l.Carrier.Unit,
            ReportNumber.Clean(l.EquivalentTce),
            ReportNumber.Clean(l.EqualValueTce),
            l.Line.Path,
            TraceReport.From(l.Trace));
        }

        var t = energy.Totals;
        var totals = new EnergyTotals(
            ReportNumber.Clean(t.EquivalentTce), ReportNumber.Clean(t.EqualValueTce), ReportNumber.Clean(t.FossilTce), ReportNumber.Clean(t.RenewableTce),
            ReportNumber.Clean(t.SecondaryTce), ReportNumber.Clean(t.FeedstockTce), ReportNumber.Clean(t.FuelTce), ReportNumber.Clean(t.ExportedTce));
        return new EnergyReport(totals, ImmutableCollectionsMarshal.AsImmutableArray(carriers), UnitConsumption(project, energy, diagnostics));
    }

    private static ImmutableArray<UnitConsumptionReport> UnitConsumption(Project project, EnergyResult energy, List<Diagnostic> diagnostics)
    {
        // The stages in order of first appearance, with their tce summed once (not once per product).
        var stages = new List<(string Stage, double Tce)>();
        var kwh = 0.0;
        foreach (var l in energy.Lines)
        {
            kwh += l.ElectricityKwh;
            if (l.Line.Stage is not { } stage)
            {
                continue;
            }

            var known = false;
            foreach (var (s, _) in stages)
            {
                known |= s == stage;
            }

            if (!known)
            {
                stages.Add((stage, 0));
            }
        }

        for (var i = 0; i < stages.Count; i++)
        {
            // Summed in line order, as before, so the sum is bit-identical.
            var stageTce = 0.0;
            foreach (var l in energy.Lines)
            {
                if (l.Line.Stage == stages[i].Stage)
                {
                    stageTce += l.EquivalentTce;
                }
            }

            stages[i] = (stages[i].Stage, stageTce);
        }

        var result = ImmutableArray.CreateBuilder<UnitConsumptionReport>(project.Products.Length * (3 + stages.Count));
        foreach (var product in project.Products)
        {
            if (product.Output.Value <= 0)
            {
                diagnostics.Add(EngineDiagnostics.ZeroOutput(JsonPointer.Member(product.Path, "output"), product.Product));
                continue;
            }

            var unit = EmissionTotaller.ProductUnit(product.Output.Dimension);
            var output = product.Output.Value;
            var outputInput = new TraceInput("output", output, unit, InputOrigin.Project, JsonPointer.Member(product.Path, "output"));
            result.Add(Line(product.Product, null, "comprehensive-energy", energy.Totals.EquivalentTce, output, unit, outputInput, new LocalizedText("综合能耗（当量值）", "comprehensive energy (equivalent value)")));
            result.Add(Line(product.Product, null, "fossil-energy", energy.Totals.FossilTce, output, unit, outputInput, new LocalizedText("化石能源消费量", "fossil energy")));
            foreach (var (stage, stageTce) in stages)
            {
                result.Add(Line(product.Product, stage, "comprehensive-energy", stageTce, output, unit, outputInput, new LocalizedText($"环节 {stage}", $"stage {stage}")));
            }

            result.Add(new UnitConsumptionReport(
                product.Product,
                null,
                "electricity",
                ReportNumber.Clean(kwh / output),
                PerUnit("kWh/", unit),
                TraceReport.From(new Trace("Σ electricity ÷ output", [new TraceInput("Σ electricity", kwh, "kWh", InputOrigin.Derived), outputInput], [], new LocalizedText("全部用电量，含自发自用电，扣除输出电量", "all electricity used, including on-site generation, net of exports")))));
        }

        return result.ToImmutable();
    }

    private static UnitConsumptionReport Line(string product, string? stage, string basis, double tce, double output, string unit, TraceInput outputInput, LocalizedText note)
    {
        // Reported in kgce per product unit, the unit of the limit standards (GB 16780, GB 36888).
        var value = tce * 1000 / output;
        var trace = new Trace("Σ tce × 1000 ÷ output", [new TraceInput("Σ tce", tce, "tce", InputOrigin.Derived), outputInput], [], note);
        return new UnitConsumptionReport(product, stage, basis, ReportNumber.Clean(value), PerUnit("kgce/", unit), TraceReport.From(trace));
    }

    /// <summary>A unit per product unit; the usual ones without building a string each time.</summary>
    private static string PerUnit(string numerator, string unit) => (numerator, unit) switch
    {
        ("kgce/", "t") => "kgce/t",
        ("kgce/", "m³") => "kgce/m³",
        ("kgce/", "head") => "kgce/head",
        ("kWh/", "t") => "kWh/t",
        ("kWh/", "m³") => "kWh/m³",
        ("kWh/", "head") => "kWh/head",
        _ => numerator + unit,
    };
}
