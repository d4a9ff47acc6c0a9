using System.Collections.Immutable;
using Carbon.Engine;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Emissions;

/// <summary>
/// Converts gas tonnes to CO2e with the project's named GWP set (each line names the GWP record used), adds the
/// totals, the CO2e per source and the carbon intensity per product.
/// </summary>
internal static class EmissionTotaller
{
    public static EmissionsReport? Total(Project project, List<EmissionLineResult> lines, IFactorResolver factors, List<Diagnostic> diagnostics)
    {
        var set = project.Options.GwpSet;
        if (!project.Options.GwpSetGiven)
        {
            diagnostics.Add(EngineDiagnostics.DefaultGwp(set.ToString()));
        }

        var gwp = new Dictionary<Gas, FactorRecord>();
        foreach (var gas in new[] { Gas.CO2, Gas.CH4, Gas.N2O })
        {
            if (!factors.TryResolve(new FactorQuery("gwp." + set, "gwp100", gas), out var record))
            {
                diagnostics.Add(EngineDiagnostics.MissingGwp(set.ToString(), gas.ToString()));
                return null;
            }

            gwp[gas] = record;
        }

        var reports = ImmutableArray.CreateBuilder<EmissionLineReport>(lines.Count);
        double co2e = 0, co2 = 0, ch4 = 0, n2o = 0;
        var bySource = new List<(string Source, double Co2e)>();
        foreach (var l in lines)
        {
            var e = l.Emission;
            var factor = gwp[e.Gas];
            var lineCo2e = e.Tonnes * factor.Value;
            co2e += lineCo2e;
            switch (e.Gas)
            {
                case Gas.CO2: co2 += e.Tonnes; break;
                case Gas.CH4: ch4 += e.Tonnes; break;
                default: n2o += e.Tonnes; break;
            }

            var index = bySource.FindIndex(s => s.Source == e.Source);
            if (index < 0)
            {
                bySource.Add((e.Source, lineCo2e));
            }
            else
            {
                bySource[index] = (e.Source, bySource[index].Co2e + lineCo2e);
            }

            reports.Add(new EmissionLineReport(
                e.Source, l.Activity, e.Label is { } label ? new MessageReport(label.Zh, label.En) : null, e.Gas.ToString(), ReportNumber.Clean(e.Tonnes), factor.Value, factor.Id, ReportNumber.Clean(lineCo2e), l.Methodology, l.Path, TraceReport.From(e.Trace)));
        }

        var intensities = ImmutableArray.CreateBuilder<IntensityReport>();
        foreach (var product in project.Products)
        {
            if (product.Output.Value <= 0)
            {
                continue;
            }

            var unit = ProductUnit(product.Output.Dimension);
            var output = product.Output.Value;
            var trace = new Trace(
                "Σ CO2e ÷ output",
                [new TraceInput("Σ CO2e", co2e, "tCO2e", InputOrigin.Derived), new TraceInput("output", output, unit, InputOrigin.Project, JsonPointer.Member(product.Path, "output"))],
                [],
                new LocalizedText($"GWP：{set}", $"GWP: {set}"));
            intensities.Add(new IntensityReport(product.Product, ReportNumber.Clean(co2e / output), "tCO2e/" + unit, TraceReport.From(trace)));
        }

        return new EmissionsReport(
            set.ToString(),
            new EmissionTotals(ReportNumber.Clean(co2e), ReportNumber.Clean(co2), ReportNumber.Clean(ch4), ReportNumber.Clean(n2o)),
            [.. bySource.Select(s => new SourceTotalReport(s.Source, ReportNumber.Clean(s.Co2e)))],
            reports.ToImmutable(),
            intensities.ToImmutable());
    }

    /// <summary>The canonical unit of a product output: t, m³ or head.</summary>
    internal static string ProductUnit(Dimension d) => d == Dimension.OfMass ? "t" : d == Dimension.OfVolume ? "m³" : "head";
}
