using Carbon.Core.Tests.Review.Support;
using static Carbon.Core.Tests.Review.Support.Projects;
using static Carbon.Core.Tests.Review.Support.ReviewAssertions;

namespace Carbon.Core.Tests.Review;

/// <summary>What the energy-saving report must state (Order 2 Art. 11(5), energy.md §1.3–§1.4; Order 31 碳排放评价).</summary>
public class ReportContentTests
{
    private const string Date = "2025-10-15";

    private static string Plant(string extra = "") => Project(
        Date,
        "new",
        [
            """{ "carrier": "coal.raw", "amount": "1000 t" }""",
            """{ "carrier": "electricity", "amount": "100万 kWh" }""",
            """{ "carrier": "electricity", "amount": "50万 kWh", "origin": "on-site-renewable" }""",
            """{ "carrier": "natural-gas", "amount": "10万 Nm³", "use": "feedstock", "ncv": "3.8931 GJ/万Nm³", "carbonContent": "15.3 tC/TJ" }""",
        ],
        "\"products\": [ { \"product\": \"test.product\", \"output\": \"2万 t\" } ], \"valueAdded\": \"5000万 元\"" + extra);

    [Fact]
    public void Energy_structure_keeps_fossil_renewable_and_feedstock_apart()
    {
        // coal 1 000 t × 0.7143 = 714.3 tce (fossil); grid 1 000 000 kWh × 0.1229 = 122.9 tce (secondary);
        // PV 500 000 kWh × 0.1229 = 61.45 tce (renewable); gas feedstock 10万 Nm³ at 3.8931 GJ/万Nm³ = 38.931 GJ ÷ 29.307 GJ/tce
        // = 1.32838571… tce (fossil, feedstock). Total = 714.3 + 122.9 + 61.45 + 1.3283857… = 899.9783857… tce.
        var (review, _) = Assess(Plant());
        var energy = review.Content.Energy;
        var gas = 38.931 / 29.307;
        var total = 714.3 + 122.9 + 61.45 + gas;
        energy.TotalTce.Should().BeApproximately(total, 1e-9 * total);
        energy.FossilTce.Should().BeApproximately(714.3 + gas, 1e-9 * 715);
        energy.RenewableTce.Should().BeApproximately(61.45, 1e-9 * 61.45);
        energy.SecondaryTce.Should().BeApproximately(122.9, 1e-9 * 122.9);
        energy.FeedstockTce.Should().BeApproximately(gas, 1e-9 * gas);
        energy.ByCarrier.Select(c => c.Key).Should().Equal("coal.raw", "electricity", "natural-gas");
        energy.ByCarrier.Single(c => c.Key == "electricity").Tce.Should().BeApproximately(184.35, 1e-9 * 184.35);
        energy.ByCarrier.Sum(c => c.Share!.Value).Should().BeApproximately(1, 1e-12);
        energy.ByKind.Select(k => k.Key).Should().Equal("fossil", "renewable", "secondary");
        energy.ByKind.Sum(k => k.Tce).Should().BeApproximately(total, 1e-9 * total);
    }

    [Fact]
    public void Unit_product_and_value_added_intensities()
    {
        // Per product: total × 1000 ÷ 20 000 t; fossil × 1000 ÷ 20 000 t. Value added 5 000万 元 = 5 000 万元.
        var (review, _) = Assess(Plant());
        var gas = 38.931 / 29.307;
        var total = 714.3 + 122.9 + 61.45 + gas;
        var unit = review.Content.UnitProduct.Single();
        unit.Product.Should().Be("test.product");
        unit.ComprehensiveEnergy.Should().BeApproximately(total * 1000 / 20000, 1e-9 * 45);
        unit.FossilEnergy.Should().BeApproximately((714.3 + gas) * 1000 / 20000, 1e-9 * 36);
        unit.Unit.Should().Be("kgce/t");
        var va = review.Content.PerValueAdded!;
        va.ValueAdded.Should().BeApproximately(5000, 1e-9 * 5000);
        va.Energy.Should().BeApproximately(total / 5000, 1e-9);
        va.FossilEnergy.Should().BeApproximately((714.3 + gas) / 5000, 1e-9);
        va.Unit.Should().Be("tce/万元");
    }

    [Fact]
    public void Carbon_evaluation_gives_total_structure_and_intensity()
    {
        // Coal: 1 000 t × 20.908 GJ/t × 26.37 tC/TJ × 0.94 × 44/12 = 1 900.2988488 t CO2 (ghg-methods.md §5.2 [S]);
        // grid: 1 000 000 kWh × 0.5306 kgCO2/kWh = 530.6 t CO2; PV: 0; feedstock gas is not burnt.
        var (review, report) = Assess(Plant());
        var carbon = review.Content.Carbon;
        carbon.TotalCo2eTonnes.Should().Be(report.Emissions!.Totals.Co2eTonnes);
        var coal = 1000 * 20.908 * 26.37e-3 * 0.94 * 44 / 12;
        carbon.TotalCo2eTonnes.Should().BeApproximately(coal + 530.6, 1e-6 * 2430);
        carbon.BySource.Sum(s => s.Share!.Value).Should().BeApproximately(1, 1e-12);
        carbon.IntensityPerProduct.Single().Value.Should().BeApproximately((coal + 530.6) / 20000, 1e-6 * 0.12);
        carbon.GwpSet.Should().Be("AR5");
    }

    [Fact]
    public void A_non_positive_value_added_is_refused()
    {
        var (review, report) = Assess(Plant().Replace("5000万 元", "0 元", StringComparison.Ordinal));
        review.Content.PerValueAdded.Should().BeNull();
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5106" && d.Path == "/valueAdded");
    }
}
