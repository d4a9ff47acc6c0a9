using Carbon.Core.Tests.Review.Support;
using static Carbon.Core.Tests.Review.Support.Projects;
using static Carbon.Core.Tests.Review.Support.ReviewAssertions;

namespace Carbon.Core.Tests.Review;

/// <summary>
/// NDRC Order 2025 No. 31 (in force 2025-09-01; thresholds [S], electricity basis UNCONFIRMED; energy.md §1.1):
/// provincial at ≥10000 tce or ≥10000 t coal; exempt when 不满1000 tce 且 不满1000 t coal; the 5 M kWh test is dropped.
/// </summary>
public class Order31TierTests
{
    private const string Date = "2025-10-15";

    [Fact]
    public void Picks_order_31_from_2025_09_01()
    {
        Tier("2025-09-01", "new", Tce(10)).Regime!.Id.Should().Be("ndrc-2025-31");
        Tier("2025-08-31", "new", Tce(10)).Regime!.Id.Should().Be("ndrc-2023-2");
        var review = Tier(Date, "new", Tce(10));
        review.Regime!.EffectiveTo.Should().BeNull();
        review.Regime.ElectricityBasisStatus.Should().Be("unconfirmed");
    }

    [Theory]
    [InlineData(9999, "delegated")]
    [InlineData(10000, "provincial")]
    [InlineData(10001, "provincial")]
    [InlineData(999, "exempt")]
    [InlineData(1000, "delegated")]
    [InlineData(1001, "delegated")]
    public void Tce_thresholds(double tce, string tier) => Tier(Date, "new", Tce(tce)).Tier.Should().Be(tier);

    [Fact]
    public void Nine_hundred_ninety_nine_tce_with_5_0_million_kwh_is_exempt_under_order_31()
    {
        // Same project as the Order 2 case (614.5 + 384.5 = 999 tce, 5.0 M kWh): Order 31 has no electricity test and the
        // project burns no coal (0 t < 1000 t), so it is exempt.
        var (review, report) = Assess(Project(Date, "new", [Kwh(5_000_000), Tce(384.5)]));
        review.Tier.Should().Be("exempt");
        review.DecidedBy!.Rule.Should().Be("order31.small-project");
        review.Reasons.Should().NotContain(r => r.Measure == "electricity-kwh");
        review.Reason("order31.coal-below-1000").ProjectValue.Should().Be(0);
        // The electricity basis of Order 31 is UNCONFIRMED: said per reason and as a warning.
        review.Reason("order31.energy-below-1000").Notes.Should().Contain(n => n.Zh.Contains("电力折算口径未经核实", StringComparison.Ordinal));
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5004" && d.Severity == "warning");
    }

    [Fact]
    public void Electricity_alone_never_removes_the_exemption_under_order_31()
    {
        // 6 000 000 kWh × 0.1229 kgce/kWh = 737.4 tce < 1000 and no coal → exempt, though Order 2 would need review.
        Tier(Date, "new", Kwh(6_000_000)).Tier.Should().Be("exempt");
        Tier("2024-03-01", "new", Kwh(6_000_000)).Tier.Should().Be("delegated");
    }

    [Fact]
    public void The_coal_test_replaces_the_electricity_test_for_the_exemption()
    {
        // 1000 t raw coal at NCV 0.29307 GJ/t = 10 tce: tce < 1000 but coal 1000 t is not 不满1000吨 → not exempt.
        var review = Tier(Date, "new", Coal(1000, 0.29307));
        review.Tier.Should().Be("delegated");
        review.Reason("order31.coal-below-1000").Holds.Should().BeFalse();
        Tier(Date, "new", Coal(999, 0.29307)).Tier.Should().Be("exempt");
        Tier(Date, "new", Coal(1001, 0.29307)).Tier.Should().Be("delegated");
        // Under Order 2 the same 1000 t (10 tce, no electricity) is exempt: it has no coal test.
        Tier("2024-03-01", "new", Coal(1000, 0.29307)).Tier.Should().Be("exempt");
    }

    [Fact]
    public void Ten_thousand_tonnes_of_coal_make_a_project_provincial()
    {
        // 10 000 t raw coal at NCV 14.6535 GJ/t = 10 000 × 14.6535 ÷ 29.307 = 5 000 tce: below 10 000 tce, but
        // 10 000 t coal 及以上 → provincial under Order 31; under Order 2 the same project is delegated.
        var review = Tier(Date, "new", Coal(10000, 14.6535));
        review.Tier.Should().Be("provincial");
        review.Reason("order31.energy-10000").Holds.Should().BeFalse();
        var coal = review.Reason("order31.coal-10000");
        coal.Holds.Should().BeTrue();
        coal.Decisive.Should().BeTrue();
        coal.Notes.Should().Contain(n => n.En.StartsWith("Interpretation: 'coal'", StringComparison.Ordinal));
        Tier(Date, "new", Coal(9999, 14.6535)).Tier.Should().Be("delegated");
        Tier(Date, "new", Coal(10001, 14.6535)).Tier.Should().Be("provincial");
        Tier("2024-03-01", "new", Coal(10000, 14.6535)).Tier.Should().Be("delegated");
    }

    [Fact]
    public void Washed_coal_counts_as_coal_and_coke_does_not()
    {
        // 6 000 t raw + 4 000 t washed coal = 10 000 t coal; NCV 0.29307 GJ/t keeps the tce at 100.
        var review = Tier(Date, "new", Coal(6000, 0.29307), """{ "carrier": "coal.washed", "amount": "4000 t", "ncv": "0.29307 GJ/t", "carbonContent": "26.37 tC/TJ", "oxidation": "94 %" }""");
        review.Tier.Should().Be("provincial");
        var withCoke = Tier(Date, "new", Coal(6000, 0.29307), """{ "carrier": "coke", "amount": "4000 t", "ncv": "0.29307 GJ/t" }""");
        withCoke.Reason("order31.coal-10000").ProjectValue.Should().Be(6000);
        withCoke.Tier.Should().Be("delegated");
    }

    [Fact]
    public void Projects_the_ndrc_reviews_itself_are_national()
    {
        var (review, _) = Assess(Project(Date, "new", [Tce(50000)], "\"facts\": { \"review.ndrc-reviewed\": true }"));
        review.Tier.Should().Be("national");
    }

    [Fact]
    public void Two_high_projects_carry_the_no_county_delegation_constraint()
    {
        var (review, _) = Assess(Project(Date, "new", [Tce(5000)], "\"facts\": { \"review.two-high\": true }"));
        review.Tier.Should().Be("delegated");
        review.Notes.Should().ContainSingle(n => n.Kind == "constraint" && n.Text.Zh == "“两高”项目的节能审查不得下放至县级" && n.Status == "single-source");
        var (plain, _) = Assess(Project(Date, "new", [Tce(5000)]));
        plain.Notes.Should().NotContain(n => n.Kind == "constraint");
    }

    [Fact]
    public void A_rebuild_counts_its_full_consumption_because_the_increment_rule_is_unconfirmed()
    {
        var (review, report) = Assess(Project(Date, "rebuild", [Tce(12000)], "\"existing\": { \"annualEnergy\": \"9000 tce\", \"siteProcessEquipmentUnchanged\": true }"));
        review.ComparedEnergy!.Basis.Should().Be("total");
        review.Tier.Should().Be("provincial");
        review.Regime!.IncrementRule.Rule.Should().Be("not-established");
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5007" && d.Severity == "info");
    }

    [Fact]
    public void Electricity_free_projects_raise_no_basis_warning()
    {
        var (_, report) = Assess(Project(Date, "new", [Tce(500)]));
        report.Has("CB5004").Should().BeFalse();
    }
}
