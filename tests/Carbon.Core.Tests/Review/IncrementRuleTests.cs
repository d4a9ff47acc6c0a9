using Carbon.Core.Tests.Review.Support;
using static Carbon.Core.Tests.Review.Support.Projects;
using static Carbon.Core.Tests.Review.Support.ReviewAssertions;

namespace Carbon.Core.Tests.Review;

/// <summary>
/// The rebuild-increment rule (energy.md §1.1): Order 44 counts the increment for 改扩建; Order 2 only for a 改建 whose
/// site, main process and equipment are all unchanged (Project.Existing.SiteProcessEquipmentUnchanged).
/// </summary>
public class IncrementRuleTests
{
    private const string Order2 = "2024-03-01";
    private const string Order44 = "2020-05-01";

    private static string Existing(string unchanged) =>
        "\"existing\": { \"annualEnergy\": \"9500 tce\"" + (unchanged.Length == 0 ? string.Empty : ", \"siteProcessEquipmentUnchanged\": " + unchanged) + " }";

    [Fact]
    public void Order_2_rebuild_with_site_process_and_equipment_unchanged_counts_the_increment()
    {
        // 12 000 tce after − 9 500 tce before = 2 500 tce < 10 000 → the province decides (the full 12 000 would be provincial).
        var (review, _) = Assess(Project(Order2, "rebuild", [Tce(12000)], Existing("true")));
        review.ComparedEnergy!.Basis.Should().Be("increment");
        review.ComparedEnergy.Tce.Should().BeApproximately(2500, 1e-9 * 2500);
        review.ComparedEnergy.Trace.Inputs.Should().Contain(i => i.Name == "existing" && i.Value == 9500 && i.Path == "/existing/annualEnergy");
        review.Tier.Should().Be("delegated");
        review.Reason("order2.art7.energy-10000").Notes.Should().Contain(n => n.Zh.StartsWith("按建成投产后年综合能源消费增量比较", StringComparison.Ordinal));
    }

    [Fact]
    public void Order_2_rebuild_that_changes_the_site_process_or_equipment_counts_the_full_consumption()
    {
        var (review, _) = Assess(Project(Order2, "rebuild", [Tce(12000)], Existing("false")));
        review.ComparedEnergy!.Basis.Should().Be("total");
        review.ComparedEnergy.Tce.Should().BeApproximately(12000, 1e-9 * 12000);
        review.Tier.Should().Be("provincial");
    }

    [Fact]
    public void Order_2_rebuild_without_the_statement_counts_the_full_consumption_with_a_warning()
    {
        var (review, report) = Assess(Project(Order2, "rebuild", [Tce(12000)], Existing(string.Empty)));
        review.Tier.Should().Be("provincial");
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5006" && d.Path == "/existing/siteProcessEquipmentUnchanged");
    }

    [Fact]
    public void Order_2_expansion_counts_the_full_consumption_where_order_44_counted_the_increment()
    {
        // Expansion 12 000 tce after, 9 500 before: Order 2 → full 12 000 → provincial; Order 44 → increment 2 500 → delegated.
        Assess(Project(Order2, "expansion", [Tce(12000)], Existing("true"))).Review.Tier.Should().Be("provincial");
        var order44 = Assess(Project(Order44, "expansion", [Tce(12000)], Existing(string.Empty))).Review;
        order44.ComparedEnergy!.Basis.Should().Be("increment");
        order44.Tier.Should().Be("delegated");
    }

    [Fact]
    public void A_missing_existing_annual_energy_falls_back_to_the_full_consumption_with_a_warning()
    {
        var (review, report) = Assess(Project(Order2, "rebuild", [Tce(12000)], "\"existing\": { \"siteProcessEquipmentUnchanged\": true }"));
        review.ComparedEnergy!.Basis.Should().Be("total");
        review.Tier.Should().Be("provincial");
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5005" && d.Path == "/existing/annualEnergy");
    }

    [Fact]
    public void A_negative_increment_is_compared_as_it_is()
    {
        // 8 000 after − 9 500 before = −1 500 tce: below 1 000, and no electricity → exempt.
        var (review, _) = Assess(Project(Order2, "rebuild", [Tce(8000)], Existing("true")));
        review.ComparedEnergy!.Tce.Should().BeApproximately(-1500, 1e-9 * 1500);
        review.Tier.Should().Be("exempt");
    }

    [Fact]
    public void Order_6_has_no_increment_rule_in_the_data()
    {
        var (review, report) = Assess(Project("2012-06-01", "rebuild", [Tce(3500)], Existing("true")));
        review.ComparedEnergy!.Basis.Should().Be("total");
        review.Tier.Should().Be("report");
        report.Has("CB5007").Should().BeTrue();
    }
}
