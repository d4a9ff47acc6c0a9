using Carbon.Core.Tests.Review.Support;
using static Carbon.Core.Tests.Review.Support.Projects;
using static Carbon.Core.Tests.Review.Support.ReviewAssertions;

namespace Carbon.Core.Tests.Review;

/// <summary>
/// m and n (energy.md §1.5 [S]): m (%) = d ÷ Q × 100; n (%) = ((a + d)/(b + e) − c)/c × 100 with c = a/b and d at 等价值.
/// A small region: a = 100 000 tce, b = 10亿 元 = 100 000 万元 (c = 1 tce/万元), Q = 5 000 tce. Fuel-only projects, so
/// 等价值 = 当量值 (GB/T 2589: fuels have one value) and d is exact.
/// </summary>
public class RegionalImpactTests
{
    private const string Date = "2024-03-01";

    private static string Region(string extra = "") =>
        "\"region\": { \"name\": \"示例县\", \"baseYearEnergy\": \"10万 tce\", \"baseYearGdp\": \"10亿 元\", \"energyIncrementQuota\": \"5000 tce\"" + extra + " }";

    [Fact]
    public void An_energy_intensive_project_worked_by_hand()
    {
        // d = 2 000 tce, e = 1 000万 元 = 1 000 万元.
        // m = 2 000 ÷ 5 000 × 100 = 40 % → > 20 → 决定性影响.
        // n = ((100 000 + 2 000)/(100 000 + 1 000) − 1)/1 × 100 = (102 000/101 000 − 1) × 100 = 0.990099…% → 0.3 < n ≤ 1 → 较大影响.
        var (review, _) = Assess(Project(Date, "new", [Tce(2000)], Region() + ", \"valueAdded\": \"1000万 元\""));
        var impact = review.RegionalImpact!;
        impact.Region.Should().Be("示例县");
        impact.M!.Value.Should().BeApproximately(40, 1e-9 * 40);
        impact.M.Grade.Should().Be("decisive");
        impact.M.GradeName!.Zh.Should().Be("决定性影响");
        impact.N!.Value.Should().BeApproximately(100.0 / 101, 1e-9);
        impact.N.Grade.Should().Be("large");
        impact.GradeTable!.Id.Should().Be("mn-12th-fyp-guidance");
        impact.GradeTable.Status.Should().Be("single-source");
        impact.N.Trace.Inputs.Select(i => (i.Name, i.Unit)).Should().Equal(("a", "tce"), ("b", "万元"), ("c", "tce/万元"), ("d", "tce"), ("e", "万元"));
        impact.N.Trace.Inputs.Single(i => i.Name == "b").Value.Should().BeApproximately(100000, 1e-9 * 100000);
    }

    [Fact]
    public void A_project_less_intensive_than_the_region_gives_a_negative_n()
    {
        // d = 500 tce, e = 2 000万 元 = 2 000 万元: d/e = 0.25 < c = 1.
        // n = ((100 000 + 500)/(100 000 + 2 000) − 1) × 100 = (100 500/102 000 − 1) × 100 = −1.470588…% → ≤ 0.1 → 影响较小.
        // m = 500 ÷ 5 000 × 100 = 10 % → 3 < m ≤ 10 → 较大影响 (10 itself belongs to the lower grade).
        var (review, _) = Assess(Project(Date, "new", [Tce(500)], Region() + ", \"valueAdded\": \"2000万 元\""));
        var impact = review.RegionalImpact!;
        impact.N!.Value.Should().BeApproximately(-150.0 / 102, 1e-9);
        impact.N.Value.Should().BeNegative();
        impact.N.Grade.Should().Be("small");
        impact.M!.Value.Should().BeApproximately(10, 1e-9 * 10);
        impact.M.Grade.Should().Be("large");
    }

    [Fact]
    public void Without_an_equal_value_total_neither_index_is_computed()
    {
        // Electricity has no shipped 等价值 coefficient: the engine leaves the 等价值 total empty and Carbon does not substitute 当量值.
        var (review, report) = Assess(Project(Date, "new", [Tce(500), Kwh(1_000_000)], Region() + ", \"valueAdded\": \"2000万 元\""));
        review.RegionalImpact!.M.Should().BeNull();
        review.RegionalImpact.N.Should().BeNull();
        review.RegionalImpact.Notes.Should().Contain(n => n.En.Contains("not substituted", StringComparison.Ordinal));
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5102" && d.Path == "/options/equalValue");
    }

    [Fact]
    public void A_project_supplied_equal_value_coefficient_is_used_for_d()
    {
        // d = 500 tce + 1 000 000 kWh × 0.404 kgce/kWh (project-supplied 等价值; the GB 21341-2008 figure, energy.md §1.2 [S]) = 904 tce.
        // m = 904 ÷ 5 000 × 100 = 18.08 % → 重大影响.
        var json = Project(Date, "new", [Tce(500), Kwh(1_000_000)], Region() + ", \"valueAdded\": \"2000万 元\"")
            .Replace("\"options\": {", "\"options\": { \"equalValue\": [ { \"carrier\": \"electricity\", \"coefficient\": \"0.404 kgce/kWh\", \"source\": \"GB 21341-2008\" } ],", StringComparison.Ordinal);
        var (review, _) = Assess(json);
        review.RegionalImpact!.M!.Value.Should().BeApproximately(18.08, 1e-9 * 18.08);
        review.RegionalImpact.M.Grade.Should().Be("major");
    }

    [Fact]
    public void Without_a_region_there_is_no_impact_section()
    {
        var (review, report) = Assess(Project(Date, "new", [Tce(500)]));
        review.RegionalImpact.Should().BeNull();
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5101" && d.Severity == "info");
    }

    [Fact]
    public void Missing_inputs_are_named()
    {
        var json = Project(Date, "new", [Tce(500)], "\"region\": { \"baseYearEnergy\": \"10万 tce\" }");
        var (review, report) = Assess(json);
        review.RegionalImpact!.M.Should().BeNull();
        review.RegionalImpact.N.Should().BeNull();
        report.Diagnostics.Where(d => d.Code == "CB5103").Select(d => d.Path).Should().BeEquivalentTo("/region/energyIncrementQuota", "/region/baseYearGdp", "/valueAdded");
    }

    [Fact]
    public void Non_positive_inputs_are_refused()
    {
        var json = Project(Date, "new", [Tce(500)], "\"region\": { \"baseYearEnergy\": \"10万 tce\", \"baseYearGdp\": \"0 元\", \"energyIncrementQuota\": \"0 tce\" }, \"valueAdded\": \"2000万 元\"");
        var (review, report) = Assess(json);
        review.RegionalImpact!.M.Should().BeNull();
        review.RegionalImpact.N.Should().BeNull();
        report.Diagnostics.Where(d => d.Code == "CB5105").Select(d => d.Path).Should().BeEquivalentTo("/region/energyIncrementQuota", "/region/baseYearGdp");
    }

    [Fact]
    public void An_unknown_grade_table_computes_but_does_not_grade()
    {
        var (review, report) = Assess(Project(Date, "new", [Tce(2000)], Region(", \"gradeTable\": \"hunan-2030\"") + ", \"valueAdded\": \"1000万 元\""));
        review.RegionalImpact!.M!.Value.Should().BeApproximately(40, 1e-9 * 40);
        review.RegionalImpact.M.Grade.Should().BeNull();
        review.RegionalImpact.GradeTable.Should().BeNull();
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5104" && d.Path == "/region/gradeTable");
    }

    [Fact]
    public void The_default_grade_table_can_be_named_explicitly()
    {
        var (review, _) = Assess(Project(Date, "new", [Tce(2000)], Region(", \"gradeTable\": \"mn-12th-fyp-guidance\"") + ", \"valueAdded\": \"1000万 元\""));
        review.RegionalImpact!.M!.Grade.Should().Be("decisive");
    }
}
