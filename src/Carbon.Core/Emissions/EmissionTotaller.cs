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

        // Indexed by gas (CO2, CH4, N2O).
        var gwp = new FactorRecord[3];
        var subject = GwpSubject(set);
        foreach (var gas in Gases)
        {
            if (!factors.TryResolve(new FactorQuery(subject, "gwp100", gas), out var record))
            {
                diagnostics.Add(EngineDiagnostics.MissingGwp(set.ToString(), gas.ToString()));
                return null;
            }

            gwp[(int)gas] = record;
        }

        var reports = ImmutableArray.CreateBuilder<EmissionLineReport>(lines.Count);
        double co2e = 0, co2 = 0, ch4 = 0, n2o = 0;
        var bySource = new List<(string Source, double Co2e)>();
        foreach (var l in lines)
        {
            var e = l.Emission;
            var factor = gwp[(int)e.Gas];
            var lineCo2e = e.Tonnes * factor.Value;
            co2e += lineCo2e;
            switch (e.Gas)
            {
                case Gas.CO2: co2 += e.Tonnes; break;
                case Gas.CH4: ch4 += e.Tonnes; break;
                default: n2o += e.Tonnes; break;
            }

            var index = IndexOf(bySource, e.Source);
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

    private static readonly Gas[] Gases = [Gas.CO2, Gas.CH4, Gas.N2O];

    /// <summary>The catalogue subject of a GWP set's records, e.g. <c>gwp.AR5</c>.</summary>
    private static string GwpSubject(GwpSet set) => set switch
    {
        GwpSet.SAR => "gwp.SAR",
        GwpSet.AR4 => "gwp.AR4",
        GwpSet.AR5 => "gwp.AR5",
        GwpSet.AR6 => "gwp.AR6",
        _ => "gwp." + set,
    };

    private static int IndexOf(List<(string Source, double Co2e)> bySource, string source)
    {
        for (var i = 0; i < bySource.Count; i++)
        {
            if (bySource[i].Source == source)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The canonical unit of a product output: t, m³ or head.</summary>
    internal static string ProductUnit(Dimension d) => d == Dimension.OfMass ? "t" : d == Dimension.OfVolume ? "m³" : "head";
}
