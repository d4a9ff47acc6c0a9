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

    [Fact]
    public void Powers_are_written_as_repeated_factors_the_parser_reads()
    {
        // N1: "t2" was no unit, and "m3" read back as a volume, not a cubed length.
        (Dimension.OfMass * Dimension.OfMass).ToString().Should().Be("t·t");
        (Dimension.OfArea * Dimension.OfLength).ToString().Should().Be("m2·m");
        (Dimension.OfArea * Dimension.OfArea).ToString().Should().Be("m2·m2");
        (Dimension.OfEnergy / Dimension.OfMass / Dimension.OfMass).ToString().Should().Be("GJ/t/t");
        (Dimension.None / Dimension.OfTime / Dimension.OfTime / Dimension.OfLength).ToString().Should().Be("1/d/d/m");
        (Dimension.OfVolume * Dimension.OfLength).ToString().Should().Be("m³·m");
        (Dimension.None / Dimension.OfArea / Dimension.OfLength).ToString().Should().Be("1/m2/m");
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(2, 0, 0)]
    [InlineData(0, 3, -2)]
    [InlineData(-4, 4, 1)]
    [InlineData(0, -3, -4)]
    public void Every_power_up_to_four_reads_back(int mass, int length, int time)
    {
        var d = new Dimension(Mass: (sbyte)mass, Length: (sbyte)length, Time: (sbyte)time);

        QuantityParser.TryParseUnit(d.ToString(), out var unit, out _).Should().BeTrue(d.ToString());
        unit.Dimension.Should().Be(d);
        unit.Scale.Should().Be(1);
    }
}
