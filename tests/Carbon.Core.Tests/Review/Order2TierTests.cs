using Carbon.Core.Tests.Review.Support;
using static Carbon.Core.Tests.Review.Support.Projects;
using static Carbon.Core.Tests.Review.Support.ReviewAssertions;

namespace Carbon.Core.Tests.Review;

/// <summary>
/// NDRC Order 2023 No. 2 (in force 2023-06-01 to 2025-08-31), Art. 7–8 (energy.md §1.1): provincial review at
/// 10000 tce 及以上 (当量值); below it the province decides; exempt when 不满1000 tce 且 不满500万 kWh.
/// </summary>
public class Order2TierTests
{
    private const string Date = "2024-03-01";

    [Fact]
    public void Picks_order_2_on_a_2024_review_date()
    {
        var review = Tier(Date, "new", Tce(10000));
        review.Regime!.Id.Should().Be("ndrc-2023-2");
        review.Regime.EffectiveFrom.Should().Be("2023-06-01");
        review.Regime.EffectiveTo.Should().Be("2025-08-31");
        review.Regime.ElectricityBasis.Should().Be("equivalent");
        review.TierKind.Should().Be("reviewer");
    }

    [Fact]
    public void Nine_thousand_nine_hundred_ninety_nine_tce_is_set_by_the_province()
    {
        // 9 999 t diesel at NCV 29.307 GJ/t = 9 999 tce; 9 999 < 10 000 → not 及以上 → the province decides.
        var review = Tier(Date, "new", Tce(9999));
        review.Tier.Should().Be("delegated");
        review.DecidedBy!.Rule.Should().Be("otherwise");
        var reason = review.Reason("order2.art7.energy-10000");
        reason.ProjectValue.Should().BeApproximately(9999, 1e-9 * 9999);
        reason.Limit.Should().Be(10000);
        reason.Comparison.Should().Be("at-least");
        reason.Holds.Should().BeFalse();
        reason.Wording.Zh.Should().Be("年综合能源消费量10000吨标准煤及以上");
        reason.Status.Should().Be("confirmed");
    }

    [Fact]
    public void Ten_thousand_tce_is_reviewed_by_the_province()
    {
        // 10 000 tce: 及以上 includes the limit.
        var review = Tier(Date, "new", Tce(10000));
        review.Tier.Should().Be("provincial");
        review.DecidedBy!.Rule.Should().Be("order2.art7.provincial");
        var reason = review.Reason("order2.art7.energy-10000");
        reason.Holds.Should().BeTrue();
        reason.Decisive.Should().BeTrue();
        reason.Unit.Should().Be("tce");
        reason.Trace!.Factors.Should().ContainSingle(f => f.Id == "order2.art7.energy-10000" && f.Value == 10000 && f.Status == "confirmed");
    }

    [Fact]
    public void Ten_thousand_and_one_tce_is_reviewed_by_the_province() =>
        Tier(Date, "new", Tce(10001)).Tier.Should().Be("provincial");

    [Fact]
    public void Nine_hundred_ninety_nine_tce_with_4_9_million_kwh_is_exempt()
    {
        // 4 900 000 kWh × 0.1229 kgce/kWh = 602.21 tce; + 396.79 tce diesel = 999 tce < 1000; 4.9 M kWh < 5 M → exempt.
        var review = Tier(Date, "new", Kwh(4_900_000), Tce(396.79));
        review.Tier.Should().Be("exempt");
        review.DecidedBy!.Rule.Should().Be("order2.art8.small-project");
        review.Reason("order2.art8.energy-below-1000").ProjectValue.Should().BeApproximately(999, 1e-9 * 999);
        var electricity = review.Reason("order2.art8.electricity-below-5000000");
        electricity.ProjectValue.Should().BeApproximately(4_900_000, 1e-9 * 4_900_000);
        electricity.Holds.Should().BeTrue();
        electricity.Decisive.Should().BeTrue();
        electricity.Status.Should().Be("single-source");
        electricity.Wording.Zh.Should().Be("且年电力消费量不满500万千瓦时");
    }

    [Fact]
    public void Nine_hundred_ninety_nine_tce_with_5_0_million_kwh_is_not_exempt()
    {
        // 5 000 000 kWh × 0.1229 kgce/kWh = 614.5 tce; + 384.5 tce = 999 tce. 不满500万千瓦时 fails at exactly 5.0 M kWh,
        // so the exemption does not hold; 999 < 10 000 → the province decides.
        var review = Tier(Date, "new", Kwh(5_000_000), Tce(384.5));
        review.Tier.Should().Be("delegated");
        review.Reason("order2.art8.energy-below-1000").Holds.Should().BeTrue();
        review.Reason("order2.art8.electricity-below-5000000").Holds.Should().BeFalse();
        review.Reasons.Should().OnlyContain(r => !r.Decisive);
    }

    [Fact]
    public void Electricity_just_below_five_million_kwh_is_exempt() =>
        // 4 999 999 kWh × 0.1229 kgce/kWh = 614.4998771 tce < 1000.
        Tier(Date, "new", Kwh(4_999_999)).Tier.Should().Be("exempt");

    [Fact]
    public void Electricity_just_above_five_million_kwh_is_not_exempt() =>
        Tier(Date, "new", Kwh(5_000_001)).Tier.Should().Be("delegated");

    [Fact]
    public void One_thousand_tce_is_not_below_one_thousand()
    {
        // 不满1000: 1000 itself is not below.
        Tier(Date, "new", Tce(1000)).Tier.Should().Be("delegated");
        Tier(Date, "new", Tce(999)).Tier.Should().Be("exempt");
        Tier(Date, "new", Tce(1001)).Tier.Should().Be("delegated");
    }

    [Fact]
    public void Coal_tonnes_play_no_part_under_order_2()
    {
        // 12 000 t raw coal at NCV 14.6535 GJ/t = 12 000 × 14.6535 ÷ 29.307 = 6 000 tce: below 10 000 tce, and Order 2 has no coal test.
        var review = Tier(Date, "new", Coal(12000, 14.6535));
        review.Tier.Should().Be("delegated");
        review.Reasons.Should().NotContain(r => r.Measure == "coal-t");
    }

    [Fact]
    public void State_secret_projects_are_exempt_whatever_their_size()
    {
        var (review, _) = Assess(Project(Date, "new", [Tce(50000)], "\"facts\": { \"review.state-secret\": true }"));
        review.Tier.Should().Be("exempt");
        review.DecidedBy!.Rule.Should().Be("order2.art8.state-secret");
        var reason = review.Reason("review.state-secret");
        reason.Measure.Should().Be("fact");
        reason.ProjectText.Should().Be("true");
        reason.Decisive.Should().BeTrue();
    }

    [Fact]
    public void Projects_in_listed_industries_are_exempt()
    {
        var (review, _) = Assess(Project(Date, "new", [Tce(50000)], "\"facts\": { \"review.listed-industry\": true }"));
        review.Tier.Should().Be("exempt");
        review.DecidedBy!.Rule.Should().Be("order2.art8.listed-industry");
    }

    [Fact]
    public void Undeclared_exemption_facts_are_reported_as_taken_false()
    {
        var review = Tier(Date, "new", Tce(50000));
        var reason = review.Reason("review.state-secret");
        reason.ProjectText.Should().Be("not declared");
        reason.Holds.Should().BeFalse();
        reason.Notes.Should().Contain(n => n.En.Contains("not declared", StringComparison.Ordinal));
    }

    [Fact]
    public void A_review_fact_that_is_not_boolean_is_warned_about_and_not_used()
    {
        var (review, report) = Assess(Project(Date, "new", [Tce(50000)], "\"facts\": { \"review.state-secret\": \"yes\" }"));
        review.Tier.Should().Be("provincial");
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5008" && d.Path == "/facts/review.state-secret" && d.Severity == "warning");
    }
}
