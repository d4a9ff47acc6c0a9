using Carbon.Core.Tests.Review.Support;
using static Carbon.Core.Tests.Review.Support.Projects;
using static Carbon.Core.Tests.Review.Support.ReviewAssertions;

namespace Carbon.Core.Tests.Review;

/// <summary>
/// NDRC Order 2016 No. 44, Art. 5–6 (energy.md §1.1 [C]; dates UNCONFIRMED): provincial review at 5000 tce or more;
/// exempt when 不满1000 tce 且 不满500万 kWh; 改扩建 projects count their post-commissioning increment.
/// </summary>
public class Order44TierTests
{
    private const string Date = "2020-05-01";

    [Fact]
    public void Picks_order_44_and_says_its_start_date_is_unconfirmed()
    {
        var (review, report) = Assess(Project(Date, "new", [Tce(5000)]));
        review.Regime!.Id.Should().Be("ndrc-2016-44");
        review.Regime.EffectiveFrom.Should().Be("2017-01-01");
        review.Regime.EffectiveFromStatus.Should().Be("unconfirmed");
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5003" && d.Severity == "warning");
        // Per reason: the regime's dates are not all confirmed.
        review.Reasons.Should().OnlyContain(r => r.Notes.Any(n => n.En.Contains("not all confirmed", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(4999, "delegated")]
    [InlineData(5000, "provincial")]
    [InlineData(5001, "provincial")]
    [InlineData(999, "exempt")]
    [InlineData(1000, "delegated")]
    [InlineData(1001, "delegated")]
    public void Five_thousand_tce_or_more_is_provincial(double tce, string tier) =>
        Tier(Date, "new", Tce(tce)).Tier.Should().Be(tier);

    [Fact]
    public void The_electricity_test_exists_under_order_44()
    {
        // 999 tce with 4.9 M kWh: exempt; with 5.0 M kWh: not exempt (不满500万千瓦时).
        Tier(Date, "new", Kwh(4_900_000), Tce(396.79)).Tier.Should().Be("exempt");
        var review = Tier(Date, "new", Kwh(5_000_000), Tce(384.5));
        review.Tier.Should().Be("delegated");
        review.Reason("order44.art6.electricity-below-5000000").Holds.Should().BeFalse();
        Tier(Date, "new", Kwh(4_999_999)).Tier.Should().Be("exempt");
        Tier(Date, "new", Kwh(5_000_001)).Tier.Should().Be("delegated");
    }

    [Fact]
    public void Projects_the_ndrc_approves_are_reviewed_by_the_province_even_when_small()
    {
        var (review, _) = Assess(Project(Date, "new", [Tce(3000)], "\"facts\": { \"review.ndrc-approved\": true }"));
        review.Tier.Should().Be("provincial");
        review.DecidedBy!.Rule.Should().Be("order44.art5.ndrc-approved");
    }

    [Fact]
    public void An_expansion_counts_its_increment()
    {
        // 12 000 tce after, 9 000 tce before: increment 3 000 tce < 5 000 → the province decides.
        var (review, _) = Assess(Project(Date, "expansion", [Tce(12000)], "\"existing\": { \"annualEnergy\": \"9000 tce\" }"));
        review.ComparedEnergy!.Basis.Should().Be("increment");
        review.ComparedEnergy.Tce.Should().BeApproximately(3000, 1e-9 * 3000);
        review.ComparedEnergy.TotalTce.Should().BeApproximately(12000, 1e-9 * 12000);
        review.ComparedEnergy.ExistingTce.Should().Be(9000);
        review.Tier.Should().Be("delegated");
        review.Reason("order44.art5.energy-5000").ProjectValue.Should().BeApproximately(3000, 1e-9 * 3000);
    }

    [Fact]
    public void A_technical_upgrade_counts_its_increment_as_an_interpretation()
    {
        var (review, _) = Assess(Project(Date, "technical-upgrade", [Tce(12000)], "\"existing\": { \"annualEnergy\": \"9000 tce\" }"));
        review.ComparedEnergy!.Basis.Should().Be("increment");
        review.Notes.Should().Contain(n => n.Kind == "interpretation" && n.Text.Zh.Contains("技术改造视为改建", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_project_counts_its_full_consumption()
    {
        var (review, _) = Assess(Project(Date, "new", [Tce(12000)], "\"existing\": { \"annualEnergy\": \"9000 tce\" }"));
        review.ComparedEnergy!.Basis.Should().Be("total");
        review.Tier.Should().Be("provincial");
    }

    [Fact]
    public void Fujian_splits_below_five_thousand_tce_to_the_county()
    {
        var (review, _) = Assess(Project(Date, "new", [Tce(3000)], "\"adminCode\": \"350427\""));
        review.Tier.Should().Be("delegated");
        review.Authority!.Override.Should().Be("fujian.order44");
        review.Authority.Level.Should().Be("county");
        review.Authority.Status.Should().Be("single-source");
    }
}
