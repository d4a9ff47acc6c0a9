using Carbon.Core.Tests.Review.Support;
using static Carbon.Core.Tests.Review.Support.Projects;
using static Carbon.Core.Tests.Review.Support.ReviewAssertions;

namespace Carbon.Core.Tests.Review;

/// <summary>
/// NDRC Order 2010 No. 6 (in force 2010-11-01; energy.md §1.1 [C]): the document type. 报告书 at ≥3000 tce, or ≥5 M kWh,
/// or ≥1000 t oil, or ≥1 M m³ gas; 报告表 at 1000–3000 tce (3000 not included), or 2–5 M kWh, or 500–1000 t oil, or
/// 0.5–1 M m³ gas; otherwise 登记表.
/// </summary>
public class Order6DocumentTests
{
    private const string Date = "2012-06-01";

    [Theory]
    [InlineData(3001, "report")]
    [InlineData(3000, "report")]
    [InlineData(2999, "report-form")]
    [InlineData(1001, "report-form")]
    [InlineData(1000, "report-form")]
    [InlineData(999, "registration-form")]
    public void Energy_decides_the_document(double tce, string tier)
    {
        // Raw coal at NCV 29.307 GJ/t: tce = t (29 307 kJ/kgce); no electricity, oil or gas, so only the tce tests decide.
        var review = Tier(Date, "new", Coal(tce, 29.307));
        review.Regime!.Id.Should().Be("ndrc-2010-6");
        review.TierKind.Should().Be("document");
        review.Tier.Should().Be(tier);
    }

    [Theory]
    [InlineData(5_000_001, "report")]
    [InlineData(5_000_000, "report")]
    [InlineData(4_999_999, "report-form")]
    [InlineData(2_000_001, "report-form")]
    [InlineData(2_000_000, "report-form")]
    [InlineData(1_999_999, "registration-form")]
    public void Electricity_decides_the_document(double kwh, string tier)
    {
        // 5 000 000 kWh = 614.5 tce, below every tce test: only the electricity test can decide.
        var review = Tier(Date, "new", Kwh(kwh));
        review.Tier.Should().Be(tier);
    }

    [Theory]
    [InlineData(1001, "report")]
    [InlineData(1000, "report")]
    [InlineData(999, "report-form")]
    [InlineData(501, "report-form")]
    [InlineData(500, "report-form")]
    [InlineData(499, "registration-form")]
    public void Oil_decides_the_document(double tonnes, string tier)
    {
        // Diesel at NCV 0.29307 GJ/t: 1000 t = 10 tce, far below the tce tests; only the oil tonnes decide.
        var review = Tier(Date, "new", $$"""{ "carrier": "diesel", "amount": "{{N(tonnes)}} t", "ncv": "0.29307 GJ/t" }""");
        review.Tier.Should().Be(tier);
        review.Reasons.Should().Contain(r => r.Measure == "oil-t" && r.ProjectValue == tonnes);
    }

    [Theory]
    [InlineData("1000001 Nm³", "report")]
    [InlineData("100万 Nm³", "report")]
    [InlineData("999999 Nm³", "report-form")]
    [InlineData("500001 Nm³", "report-form")]
    [InlineData("50万 Nm³", "report-form")]
    [InlineData("499999 Nm³", "registration-form")]
    public void Gas_decides_the_document(string amount, string tier)
    {
        // At NCV 0.29307 GJ/万Nm³, 100万 Nm³ is only 1 tce, so the gas test alone decides.
        var review = Tier(Date, "new", $$"""{ "carrier": "natural-gas", "amount": "{{amount}}", "ncv": "0.29307 GJ/万Nm³" }""");
        review.Tier.Should().Be(tier);
        review.Reasons.Should().Contain(r => r.Measure == "gas-m3");
    }

    [Fact]
    public void The_fallback_is_the_registration_form_with_its_wording()
    {
        var review = Tier(Date, "new", Coal(10, 29.307));
        review.Tier.Should().Be("registration-form");
        review.DecidedBy!.Rule.Should().Be("otherwise");
        review.DecidedBy.Wording.Zh.Should().Be("上述条款以外的项目，应填写节能登记表");
    }
}
