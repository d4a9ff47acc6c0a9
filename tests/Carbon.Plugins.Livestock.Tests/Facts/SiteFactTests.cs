using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Tests.Facts;

public class SiteFactTests
{
    [Fact]
    public void Site_parameters_become_facts_in_canonical_units()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "500 head")
            .Quantity("distanceToWaterSource", "1.2 km").Quantity("distanceToHomes", "800 m").Quantity("manureTreatmentCapacity", "100 m³/d"));

        result.Fact("livestock.distance-to-water-source").Value.Quantity.Should().Be(new Quantity(1200, Dimension.OfLength));
        result.Fact("livestock.distance-to-water-source").Path.Should().Be("/activities/0/parameters/distanceToWaterSource");
        result.Fact("livestock.distance-to-homes").Value.Quantity.Value.Should().Be(800);
        result.Fact("livestock.manure-treatment-capacity").Value.Quantity.Should().Be(new Quantity(100, new Dimension(Volume: 1, Time: -1)));
        result.Fact("livestock.species").Value.Text.Should().Be("pig");
        result.Fact("livestock.category").Value.Text.Should().Be("swine-market");
    }

    [Fact]
    public void Negative_distance_is_rejected()
    {
        Herds.Run(HerdLineBuilder.Of("swine-market", "500 head").Quantity("distanceToHomes", "-5 m")).Single("CB7427").Path
            .Should().Be("/activities/0/parameters/distanceToHomes");
    }

    [Fact]
    public void Wrong_dimension_is_rejected()
    {
        Herds.Run(HerdLineBuilder.Of("swine-market", "500 head").Quantity("distanceToHomes", "5 t")).Single("CB7427").Severity
            .Should().Be(Sdk.Diagnostics.DiagnosticSeverity.Error);
    }
}
