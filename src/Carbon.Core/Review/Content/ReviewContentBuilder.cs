using System.Collections.Immutable;
using Carbon.Engine;
using Carbon.Reports;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Units;

namespace Carbon.Review.Content;

/// <summary>
/// Gathers what the energy-saving report must state (Order 2 Art. 11(5) and (7), energy.md §1.3–§1.4; Order 31's
/// 碳排放评价): unit-product energy, energy per value added, total energy and its structure with fossil, renewable and
/// feedstock energy apart, and the carbon emissions with their structure and intensity. It reads the energy and
/// emissions sections; it adds no new factor.
/// </summary>
internal static class ReviewContentBuilder
{
    public static ReviewContentReport Build(AssessmentState state, List<Diagnostic> diagnostics) =>
        new(UnitProduct(state), PerValueAdded(state, diagnostics), Structure(state), Carbon(state));

    private static ImmutableArray<UnitProductEnergyReport> UnitProduct(AssessmentState state)
    {
        var result = ImmutableArray.CreateBuilder<UnitProductEnergyReport>();
        foreach (var product in state.Project.Products)
        {
            var whole = state.EnergyReport.UnitConsumption.Where(u => u.Product == product.Product && u.Stage is null).ToList();
            var comprehensive = whole.Find(u => u.Basis == "comprehensive-energy");
            var fossil = whole.Find(u => u.Basis == "fossil-energy");
            if (comprehensive is not null && fossil is not null)
            {
                result.Add(new UnitProductEnergyReport(product.Product, comprehensive.Value, fossil.Value, comprehensive.Unit));
            }
        }

        return result.ToImmutable();
    }

    private static ValueAddedIntensityReport? PerValueAdded(AssessmentState state, List<Diagnostic> diagnostics)
    {
        if (state.Project.ValueAdded is not { } valueAdded)
        {
            return null;
        }

        if (valueAdded.Value <= 0)
        {
            diagnostics.Add(ReviewDiagnostics.ValueAddedNotPositive());
            return null;
        }

        var wan = valueAdded.In("万元");
        var totals = state.Energy.Totals;
        var trace = new Trace(
            "Σ tce ÷ VA; tce_fossil ÷ VA",
            [
                new TraceInput("Σ tce", totals.EquivalentTce, "tce", InputOrigin.Derived),
                new TraceInput("tce_fossil", totals.FossilTce, "tce", InputOrigin.Derived),
                new TraceInput("VA", wan, "万元", InputOrigin.Project, "/valueAdded"),
            ],
            [],
            new LocalizedText("单位增加值能耗（当量值）；VA：增加值", "energy per unit of value added (equivalent value); VA: the value added"));
        return new ValueAddedIntensityReport(
            ReportNumber.Clean(wan),
            ReportNumber.Clean(totals.EquivalentTce / wan),
            ReportNumber.Clean(totals.FossilTce / wan),
            "tce/万元",
            TraceReport.From(trace));
    }

    private static EnergyStructureReport Structure(AssessmentState state)
    {
        var t = state.Energy.Totals;
        var byCarrier = new List<(string Id, MessageReport Name, double Tce)>();
        foreach (var line in state.Energy.Lines)
        {
            var i = byCarrier.FindIndex(c => c.Id == line.Carrier.Id);
            if (i < 0)
            {
                byCarrier.Add((line.Carrier.Id, new MessageReport(line.Carrier.Name.Zh, line.Carrier.Name.En), line.EquivalentTce));
            }
            else
            {
                byCarrier[i] = (byCarrier[i].Id, byCarrier[i].Name, byCarrier[i].Tce + line.EquivalentTce);
            }
        }

        double? Share(double part) => t.EquivalentTce == 0 ? null : ReportNumber.Clean(part / t.EquivalentTce);
        return new EnergyStructureReport(
            ReportNumber.Clean(t.EquivalentTce),
            ReportNumber.Clean(t.EqualValueTce),
            ReportNumber.Clean(t.FossilTce),
            ReportNumber.Clean(t.RenewableTce),
            ReportNumber.Clean(t.SecondaryTce),
            ReportNumber.Clean(t.FeedstockTce),
            [.. byCarrier.Select(c => new EnergyShareReport(c.Id, c.Name, ReportNumber.Clean(c.Tce), Share(c.Tce)))],
            [
                new EnergyShareReport("fossil", new MessageReport("化石能源", "fossil energy"), ReportNumber.Clean(t.FossilTce), Share(t.FossilTce)),
                new EnergyShareReport("renewable", new MessageReport("可再生能源", "renewable energy"), ReportNumber.Clean(t.RenewableTce), Share(t.RenewableTce)),
                new EnergyShareReport("secondary", new MessageReport("外购电力、热力（非可再生）", "purchased electricity and heat (not renewable)"), ReportNumber.Clean(t.SecondaryTce), Share(t.SecondaryTce)),
            ]);
    }

    private static CarbonEvaluationReport Carbon(AssessmentState state)
    {
        var e = state.Emissions;
        var total = e.Totals.Co2eTonnes;
        return new CarbonEvaluationReport(
            e.GwpSet,
            total,
            [.. e.BySource.Select(s => new EmissionShareReport(s.Source, s.Co2eTonnes, total == 0 ? null : ReportNumber.Clean(s.Co2eTonnes / total)))],
            e.Intensities);
    }
}
