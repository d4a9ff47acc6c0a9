using System.Collections.Immutable;
using Carbon.Engine;
using Carbon.Reports;
using Carbon.Review;
using Carbon.Sdk.Benchmarks;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Units;

namespace Carbon.Baselines;

/// <summary>
/// Compares the project's unit values with every applicable indicator of every loaded benchmark table: the table is in
/// force on the assessment date, the indicator's product is among the project's products (with output), and the
/// indicator's stage, basis and carriers say what is counted. Lower is better for every indicator. Where a table has
/// 标杆 (<c>benchmark</c>) and 基准 (<c>baseline</c>) levels the project is classified against them.
/// </summary>
internal static class BaselineComparer
{
    /// <summary>The level id of 能效标杆水平.</summary>
    internal const string BenchmarkLevel = "benchmark";

    /// <summary>The level id of 能效基准水平.</summary>
    internal const string BaselineLevel = "baseline";

    public static ImmutableArray<BaselineReport> Compare(AssessmentState state, List<Diagnostic> diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<BaselineReport>();
        var corrector = new LevelCorrector(state, diagnostics);
        var warned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in state.Benchmarks)
        {
            if ((table.EffectiveFrom is { } from && state.AsOf < from) || (table.EffectiveTo is { } to && state.AsOf > to))
            {
                continue;
            }

            foreach (var indicator in table.Indicators)
            {
                var product = state.Project.Products.FirstOrDefault(p => p.Product == indicator.Product && p.Output.Value > 0);
                if (product is not null)
                {
                    result.Add(Indicator(table, indicator, product, state, corrector, diagnostics, warned));
                }
            }
        }

        return result.ToImmutable();
    }

    private static BaselineReport Indicator(
        BenchmarkTable table,
        BenchmarkIndicator indicator,
        Projects.ProductLine product,
        AssessmentState state,
        LevelCorrector corrector,
        List<Diagnostic> diagnostics,
        HashSet<string> warned)
    {
        var needs = new List<MessageReport>();
        var value = IndicatorValueCalculator.Compute(indicator, product, state, diagnostics);
        if (value.NeedsInformation is { } need)
        {
            needs.Add(need);
        }

        var levels = ImmutableArray.CreateBuilder<BaselineLevelReport>();
        var corrected = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var level in indicator.Levels)
        {
            var c = corrector.Correct(indicator, level, needs);
            corrected[level.Level] = c.Value;
            bool? met = value.Value is { } v && c.Value is { } limit ? LimitComparison.AtMost(v, limit) : null;
            if (met is not null && level.Status == DataStatus.Unconfirmed && warned.Add(table.Id + "/" + indicator.Id + "/" + level.Level))
            {
                diagnostics.Add(ReviewDiagnostics.UnconfirmedLevelUsed(table.Id + "/" + indicator.Id, level.Level, LimitComparison.Format(level.Value) + " " + indicator.Unit));
            }

            levels.Add(new BaselineLevelReport(
                level.Level,
                new MessageReport(level.Name.Zh, level.Name.En),
                level.Value,
                c.Value,
                c.Steps,
                met,
                level.Status.ToName(),
                level.AppliesTo is { } a ? new MessageReport(a.Zh, a.En) : null,
                level.AppliesToStatus?.ToName(),
                (level.Source is { } ls ? Citation.Format(ls) : null)));
        }

        var best = levels.FirstOrDefault(l => l.Met == true)?.Level;
        string? classification = null;
        MessageReport? classificationNote = null;
        double? gap = null, gapAnnual = null;
        string? gapUnit = null;
        if (value.Value is { } projectValue
            && corrected.TryGetValue(BenchmarkLevel, out var benchmark) && benchmark is { } b
            && corrected.TryGetValue(BaselineLevel, out var baseline) && baseline is { } bl)
        {
            (classification, classificationNote) = LimitComparison.AtMost(projectValue, b)
                ? ("at-or-better-than-benchmark", new MessageReport("达到或优于能效标杆水平。", "At or better than the energy-efficiency benchmark (标杆) level."))
                : LimitComparison.AtMost(projectValue, bl)
                    ? ("between", new MessageReport(
                        "达到基准水平、未达到标杆水平。按《产业结构调整指导目录（2024年本）》，能效未达到标杆水平的新建项目属限制类（zoning.md C32 [S]）。",
                        "Meets the baseline (基准) but not the benchmark (标杆). Under the 2024 Guidance Catalogue for Industrial Structure Adjustment, new projects that miss the benchmark are restricted (zoning.md C32 [S])."))
                    : ("worse-than-baseline", new MessageReport("劣于能效基准水平：不可作为新增产能获批。", "Worse than the energy-efficiency baseline (基准): not approvable as new capacity."));
            gap = ReportNumber.Clean(projectValue - b);
            var (scale, unit) = IndicatorValueCalculator.AnnualUnit(indicator);
            gapAnnual = ReportNumber.Clean(Quantity.Of(gap.Value, indicator.Unit).Value * product.Output.Value * scale);
            gapUnit = unit;
        }

        return new BaselineReport(
            indicator.Id,
            new MessageReport(indicator.Name.Zh, indicator.Name.En),
            table.Id,
            new MessageReport(table.Title.Zh, table.Title.En),
            table.DataSet,
            table.DataSetVersion,
            table.Status.ToName(),
            indicator.Product,
            Basis(indicator.Basis),
            indicator.Stage,
            indicator.Carriers,
            value.Value,
            indicator.Unit,
            value.Trace is { } t ? TraceReport.From(t) : null,
            levels.ToImmutable(),
            best,
            classification,
            classificationNote,
            gap,
            gapAnnual,
            gapUnit,
            Citation.Format(table.Source),
            [.. needs]);
    }

    private static string Basis(IndicatorBasis basis) => basis switch
    {
        IndicatorBasis.ComprehensiveEnergy => "comprehensive-energy",
        IndicatorBasis.Electricity => "electricity",
        IndicatorBasis.CarrierGroup => "carrier-group",
        IndicatorBasis.FossilEnergy => "fossil-energy",
        _ => "co2e",
    };
}
