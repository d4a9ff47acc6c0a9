using Carbon.Core.Tests.Review.Support;
using static Carbon.Core.Tests.Review.Support.Projects;
using static Carbon.Core.Tests.Review.Support.ReviewAssertions;

namespace Carbon.Core.Tests.Review;

/// <summary>节能量 = (existing unit consumption − the project's) × output; positive means energy saved.</summary>
public class EnergySavingTests
{
    private const string Date = "2024-03-01";

    private static string Upgrade(string before, string product = "test.product") => Project(
        Date,
        "technical-upgrade",
        [Tce(9000)],
        "\"products\": [ { \"product\": \"test.product\", \"output\": \"10万 t\" } ], " +
        "\"existing\": { \"annualEnergy\": \"10000 tce\", \"siteProcessEquipmentUnchanged\": true, \"unitConsumption\": [ { \"product\": \"" + product + "\", \"value\": \"" + before + "\" } ] }");

    [Fact]
    public void A_technical_upgrade_saves_energy()
    {
        // After: 9 000 tce × 1000 ÷ 100 000 t = 90 kgce/t. Before: 100 kgce/t. Saving = (100 − 90) kgce/t × 100 000 t = 1 000 tce.
        var (review, _) = Assess(Upgrade("100 kgce/t"));
        var saving = review.EnergySaving.Single();
        saving.Product.Should().Be("test.product");
        saving.Before.Should().BeApproximately(100, 1e-9 * 100);
        saving.After.Should().BeApproximately(90, 1e-9 * 90);
        saving.Unit.Should().Be("kgce/t");
        saving.Output.Should().Be(100000);
        saving.SavingTce.Should().BeApproximately(1000, 1e-9 * 1000);
        saving.Trace.Inputs.Should().Contain(i => i.Name == "before" && i.Path == "/existing/unitConsumption/0/value");
    }

    [Fact]
    public void Using_more_per_unit_gives_a_negative_saving()
    {
        // Before 0.085 tce/t = 85 kgce/t: (85 − 90) × 100 000 t = −500 tce.
        var (review, _) = Assess(Upgrade("0.085 tce/t"));
        review.EnergySaving.Single().SavingTce.Should().BeApproximately(-500, 1e-9 * 500);
    }

    [Fact]
    public void A_unit_consumption_of_the_wrong_dimension_is_refused()
    {
        var (review, report) = Assess(Upgrade("100 kWh/t"));
        review.EnergySaving.Should().BeEmpty();
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5202" && d.Path == "/existing/unitConsumption/0/value");
    }

    [Fact]
    public void A_product_the_project_does_not_make_is_refused()
    {
        var (review, report) = Assess(Upgrade("100 kgce/t", "other.product"));
        review.EnergySaving.Should().BeEmpty();
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5201" && d.Path == "/existing/unitConsumption/0/product");
    }
}
