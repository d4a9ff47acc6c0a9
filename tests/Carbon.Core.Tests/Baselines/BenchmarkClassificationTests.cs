using static Carbon.Core.Tests.Baselines.BaselineTestProjects;

namespace Carbon.Core.Tests.Baselines;

/// <summary>Classification against 能效标杆 (100) and 基准 (117) kgce/t clinker (energy.md §3 [S]); lower is better.</summary>
public class BenchmarkClassificationTests
{
    private const string Table = "ndrc-benchmarks-2021";
    private const string Indicator = "clinker.comprehensive-energy";

    [Fact]
    public void Between_benchmark_and_baseline()
    {
        // 104.918 kgce/t: > 100, ≤ 117. Gap = 104.918 − 100 = 4.918 kgce/t; × 1 000 000 t ÷ 1000 = 4 918 tce a year.
        var b = Assess(ClinkerLine(), BenchmarkTables.BenchmarkList).Baseline(Table, Indicator);
        b.Classification.Should().Be("between");
        b.GapToBenchmark.Should().BeApproximately(4.918, 1e-9 * 4.918);
        b.GapAnnual.Should().BeApproximately(4918, 1e-9 * 4918);
        b.GapAnnualUnit.Should().Be("tce");
        b.ClassificationNote!.En.Should().Contain("restricted");
        b.TableStatus.Should().Be("single-source");
        b.Level("benchmark").Status.Should().Be("single-source");
    }

    [Fact]
    public void Worse_than_baseline_is_not_approvable_as_new_capacity()
    {
        // 17万 t × 0.7143 = 121 431 tce + 4 916 tce = 126 347 tce → 126.347 kgce/t > 117.
        var b = Assess(ClinkerLine(170000), BenchmarkTables.BenchmarkList).Baseline(Table, Indicator);
        b.Value.Should().BeApproximately(126.347, 1e-9 * 126.347);
        b.Classification.Should().Be("worse-than-baseline");
        b.ClassificationNote!.En.Should().Contain("not approvable as new capacity");
        b.GapAnnual.Should().BeApproximately(26347, 1e-9 * 26347);
    }

    [Fact]
    public void At_or_better_than_benchmark_has_a_negative_gap()
    {
        // 13万 t × 0.7143 = 92 859 tce + 4 916 = 97 775 tce → 97.775 kgce/t ≤ 100; gap −2.225 kgce/t → −2 225 tce a year.
        var b = Assess(ClinkerLine(130000), BenchmarkTables.BenchmarkList).Baseline(Table, Indicator);
        b.Classification.Should().Be("at-or-better-than-benchmark");
        b.GapToBenchmark.Should().BeApproximately(-2.225, 1e-9 * 2.225);
        b.GapAnnual.Should().BeApproximately(-2225, 1e-9 * 2225);
        b.BestLevelMet.Should().Be("benchmark");
    }

    [Fact]
    public void Exactly_the_benchmark_counts_as_at_the_benchmark()
    {
        // 100万 t clinker at 100 kgce/t: raw coal at NCV 29.307 GJ/t gives 1 tce per t, so 100 000 t = 100 000 tce.
        var json = Project(
            """{ "product": "cement.clinker", "output": "100万 t" }""",
            """{ "carrier": "coal.raw", "amount": "100000 t", "ncv": "29.307 GJ/t" }""");
        Assess(json, BenchmarkTables.BenchmarkList).Baseline(Table, Indicator).Classification.Should().Be("at-or-better-than-benchmark");
    }

    [Fact]
    public void Every_loaded_table_is_compared()
    {
        var report = Assess(ClinkerLine(), BenchmarkTables.Gb16780, BenchmarkTables.BenchmarkList);
        report.Baselines.Select(b => b.Table).Distinct().Should().Equal("gb16780-2021", Table);
    }
}
