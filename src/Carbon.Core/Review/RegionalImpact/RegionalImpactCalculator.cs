using System.Collections.Immutable;
using Carbon.Engine;
using Carbon.Projects;
using Carbon.Reports;
using Carbon.Review.Regimes;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Review.RegionalImpact;

/// <summary>
/// The m and n indices of a project's impact on the region's energy dual-control targets (energy.md §1.5 [S]):
/// m (%) = d ÷ Q × 100 and n (%) = ((a + d)/(b + e) − c)/c × 100 with c = a/b, where d is the project's annual
/// comprehensive energy at 等价值. When the project's 等价值 total is unknown, neither index is computed: Carbon does
/// not substitute the 当量值 (decision recorded in docs/methodology/review.md).
/// </summary>
internal static class RegionalImpactCalculator
{
    /// <summary>Percent per unit fraction (the grade tables are in %).</summary>
    private const double PercentPerUnit = 100;

    public static RegionalImpactReport? Compute(AssessmentState state, MnGradeCatalog grades, List<Diagnostic> diagnostics)
    {
        var project = state.Project;
        if (project.Region is not { } region)
        {
            diagnostics.Add(ReviewDiagnostics.NoRegion());
            return null;
        }

        var notes = new List<MessageReport>
        {
            new(
                "m、n 方法取自“十二五”时期节能审查指南（单一来源 [S]）；n 按公式结果 × 100 以百分数表示，以与分级表一致（推导 [D]）。",
                "The m/n method is from 12th-Five-Year-Plan-era review guidance (single source [S]); n is the formula's result × 100, in percent, to match the grade table (derived [D])."),
        };
        MnGradeTable? table = null;
        var tableId = region.GradeTable ?? grades.DefaultTable;
        table = grades.Table(tableId);
        if (table is null)
        {
            diagnostics.Add(ReviewDiagnostics.UnknownGradeTable(JsonPointer.Member(region.Path, "gradeTable"), tableId, string.Join(", ", grades.Tables.Select(t => t.Id))));
            notes.Add(new MessageReport($"未知的分级表“{tableId}”，m、n 未分级。", $"Unknown grade table '{tableId}'; m and n are not graded."));
        }

        if (state.Energy.Totals.EqualValueTce is not { } d)
        {
            diagnostics.Add(ReviewDiagnostics.NoEqualValue());
            notes.Add(new MessageReport(
                "项目等价值综合能耗未知，m、n 未计算（不以当量值代替）。",
                "The project's energy at the equal value (等价值) is unknown, so m and n are not computed (the equivalent value is not substituted)."));
            return new RegionalImpactReport(region.Name, null, null, TableReport(table), [.. notes]);
        }

        if (project.Existing is not null)
        {
            notes.Add(new MessageReport(
                "d 取项目建成后全部年综合能耗（等价值），未扣除现有设施能耗。",
                "d is the project's full post-commissioning annual energy (equal value); the existing facility's energy is not deducted."));
        }

        var dInput = new TraceInput("d", d, "tce", InputOrigin.Derived);
        ImpactIndexReport? m = null;
        if (region.EnergyIncrementQuota is not { } quota)
        {
            diagnostics.Add(ReviewDiagnostics.RegionInputMissing(JsonPointer.Member(region.Path, "energyIncrementQuota"), "region.energyIncrementQuota", "m"));
        }
        else if (quota.Value <= 0)
        {
            diagnostics.Add(ReviewDiagnostics.RegionInputNotPositive(JsonPointer.Member(region.Path, "energyIncrementQuota"), "region.energyIncrementQuota", "m"));
        }
        else
        {
            var q = quota.In("tce");
            var value = d / q * PercentPerUnit;
            var trace = new Trace(
                "m = d ÷ Q × 100",
                [dInput, new TraceInput("Q", q, "tce", InputOrigin.Project, JsonPointer.Member(region.Path, "energyIncrementQuota"))],
                [],
                new LocalizedText("d：项目年综合能耗（等价值）；Q：地区“十四五”等五年能源消费增量控制数", "d: project energy (equal value); Q: the region's five-year energy-consumption increment quota"));
            var grade = table?.Grades.First(g => g.MAtMost is not { } max || LimitComparison.AtMost(value, max));
            m = new ImpactIndexReport(ReportNumber.Clean(value), grade?.Id, grade is null ? null : RegimeEvaluator.Message(grade.Name), TraceReport.From(trace));
        }

        ImpactIndexReport? n = null;
        var a = region.BaseYearEnergy;
        var b = region.BaseYearGdp;
        var e = project.ValueAdded;
        var missing = false;
        if (a is null)
        {
            diagnostics.Add(ReviewDiagnostics.RegionInputMissing(JsonPointer.Member(region.Path, "baseYearEnergy"), "region.baseYearEnergy", "n"));
            missing = true;
        }
        else if (a.Value.Value <= 0)
        {
            diagnostics.Add(ReviewDiagnostics.RegionInputNotPositive(JsonPointer.Member(region.Path, "baseYearEnergy"), "region.baseYearEnergy", "n"));
            missing = true;
        }

        if (b is null)
        {
            diagnostics.Add(ReviewDiagnostics.RegionInputMissing(JsonPointer.Member(region.Path, "baseYearGdp"), "region.baseYearGdp", "n"));
            missing = true;
        }
        else if (b.Value.Value <= 0)
        {
            diagnostics.Add(ReviewDiagnostics.RegionInputNotPositive(JsonPointer.Member(region.Path, "baseYearGdp"), "region.baseYearGdp", "n"));
            missing = true;
        }

        if (e is null)
        {
            diagnostics.Add(ReviewDiagnostics.RegionInputMissing("/valueAdded", "valueAdded", "n"));
            missing = true;
        }
        else if (e.Value.Value <= 0)
        {
            // CB5106 is raised once, by the report-content section.
            missing = true;
        }

        if (!missing)
        {
            var av = a!.Value.In("tce");
            var bv = b!.Value.In("万元");
            var ev = e!.Value.In("万元");
            var c = av / bv;
            var value = (((av + d) / (bv + ev)) - c) / c * PercentPerUnit;
            var trace = new Trace(
                "n = ((a + d)/(b + e) − c)/c × 100, c = a/b",
                [
                    new TraceInput("a", av, "tce", InputOrigin.Project, JsonPointer.Member(region.Path, "baseYearEnergy")),
                    new TraceInput("b", bv, "万元", InputOrigin.Project, JsonPointer.Member(region.Path, "baseYearGdp")),
                    new TraceInput("c", c, "tce/万元", InputOrigin.Derived),
                    dInput,
                    new TraceInput("e", ev, "万元", InputOrigin.Project, "/valueAdded"),
                ],
                [],
                new LocalizedText("n < 0：项目单位增加值能耗低于地区基年单位GDP能耗", "n < 0: the project is less energy-intensive than the region"));
            var grade = table?.Grades.First(g => g.NAtMost is not { } max || LimitComparison.AtMost(value, max));
            n = new ImpactIndexReport(ReportNumber.Clean(value), grade?.Id, grade is null ? null : RegimeEvaluator.Message(grade.Name), TraceReport.From(trace));
        }

        return new RegionalImpactReport(region.Name, m, n, TableReport(table), [.. notes]);
    }

    private static GradeTableReport? TableReport(MnGradeTable? table) =>
        table is null ? null : new GradeTableReport(table.Id, RegimeEvaluator.Message(table.Title), table.Status.ToName(), Citation.Format(table.Source));
}
