using Carbon.Sdk.Units;

namespace Carbon.Sdk.Tests.Units;

public class DimensionTests
{
    [Fact]
    public void Ratios_cancel()
    {
        (Dimension.OfEnergy / Dimension.OfMass * Dimension.OfMass).Should().Be(Dimension.OfEnergy);
        (Dimension.OfMass / Dimension.OfMass).IsNone.Should().BeTrue();
    }

    [Fact]
    public void Canonical_unit_names()
    {
        (Dimension.OfEnergy / Dimension.OfMass).ToString().Should().Be("GJ/t");
        (Dimension.OfCoalEquivalent / Dimension.OfMass).ToString().Should().Be("tce/t");
        Dimension.None.ToString().Should().Be("1");
        Dimension.OfArea.ToString().Should().Be("m2");
    }
}
