using Carbon.Sdk.Units;

namespace Carbon.Sdk.Tests.Units;

public class QuantityParserTests
{
    private static Quantity Parse(string text)
    {
        QuantityParser.TryParse(text, out var q, out _, out var error).Should().BeTrue($"'{text}' should parse, got {error}");
        return q;
    }

    [Theory]
    // 155万 t = 155 × 10⁴ t = 1 550 000 t (canonical t)
    [InlineData("155万 t", 1_550_000.0)]
    [InlineData("155万t", 1_550_000.0)]
    [InlineData("155 万 吨", 1_550_000.0)]
    [InlineData("1.5e6 t", 1_500_000.0)]
    [InlineData("1,550,000 t", 1_550_000.0)]
    [InlineData("1550000 kg", 1550.0)]
    [InlineData("2亿 kg", 200_000.0)]
    [InlineData("１５５万 ｔ", 1_550_000.0)] // full-width digits and letters
    public void Mass_is_read_in_tonnes(string text, double tonnes)
    {
        var q = Parse(text);
        q.Dimension.Should().Be(Dimension.OfMass);
        q.Value.Should().BeApproximately(tonnes, 1e-9 * tonnes);
    }

    [Fact]
    public void Chinese_multiplier_on_electricity()
    {
        // 9300万 kWh = 9.3 × 10⁷ kWh; 1 kWh = 3.6 MJ, so 9.3e7 × 0.0036 GJ = 334 800 GJ.
        var q = Parse("9300万 kWh");
        q.Dimension.Should().Be(Dimension.OfEnergy);
        q.In("kWh").Should().BeApproximately(9.3e7, 1e-6);
        q.Value.Should().BeApproximately(334_800, 1e-6);
    }

    [Fact]
    public void Multiplier_inside_a_ratio_unit()
    {
        // 389.31 GJ/万Nm³ = 389.31 GJ per 10⁴ m³ = 0.038931 GJ/m³ (ghg-methods.md §5.2 natural gas NCV).
        var q = Parse("389.31 GJ/万Nm³");
        q.Dimension.Should().Be(Dimension.OfEnergy / Dimension.OfVolume);
        q.Value.Should().BeApproximately(0.038931, 1e-15);
        q.In("MJ/Nm³").Should().BeApproximately(38.931, 1e-12);
    }

    [Theory]
    [InlineData("21.5 GJ/t", 21.5)]
    [InlineData("21500 MJ/t", 21.5)]
    [InlineData("21.5 kJ/g", 21.5)]
    public void Energy_per_mass(string text, double gjPerT)
    {
        var q = Parse(text);
        q.Dimension.Should().Be(Dimension.OfEnergy / Dimension.OfMass);
        q.Value.Should().BeApproximately(gjPerT, 1e-12);
    }

    [Fact]
    public void Capacity_in_tonnes_per_day()
    {
        var q = Parse("5000 t/d");
        q.Dimension.Should().Be(Dimension.OfMass / Dimension.OfTime);
        q.In("t/d").Should().Be(5000);
        // 1 a = 365 d by definition, so 5000 t/d = 1 825 000 t/a.
        q.In("t/a").Should().BeApproximately(1_825_000, 1e-6);
    }

    [Theory]
    [InlineData("1000 tce", 1000.0)]
    [InlineData("1000000 kgce", 1000.0)]
    [InlineData("0.1万 吨标准煤", 1000.0)]
    public void Standard_coal(string text, double tce)
    {
        var q = Parse(text);
        q.Dimension.Should().Be(Dimension.OfCoalEquivalent);
        q.Value.Should().BeApproximately(tce, 1e-9);
    }

    [Fact]
    public void Standard_coal_is_not_energy_nor_mass()
    {
        // GB/T 2589 converts by tabulated coefficients: tce must never be added to GJ or t without one.
        Parse("1 tce").Dimension.Should().NotBe(Dimension.OfEnergy);
        Parse("1 tce").Dimension.Should().NotBe(Dimension.OfMass);
        Parse("1 kgce/kWh").Dimension.Should().Be(Dimension.OfCoalEquivalent / Dimension.OfEnergy);
    }

    [Fact]
    public void Percent_is_exact()
    {
        // 70 / 100 is 0.7 exactly as a double; 70 × 0.01 would be 0.7000000000000001.
        Parse("70 %").Value.Should().Be(0.7);
        Parse("65%").Value.Should().Be(0.65);
        Parse("5 ‰").Value.Should().Be(0.005);
    }

    [Theory]
    [InlineData("26.37 tC/TJ", 0.02637, "C")]
    [InlineData("0.11 tCO2/GJ", 0.11, "CO2")]
    [InlineData("0.5306 kgCO2/kWh", 0.5306 / 3.6, "CO2")]
    [InlineData("1.5 kg CH4/head/a", 0.0015 / 365, "CH4")]
    [InlineData("0.42 kg N/(head·d)", 0.00042, "N")]
    public void Substance_units(string text, double canonical, string substance)
    {
        QuantityParser.TryParse(text, out var q, out var unit, out _).Should().BeTrue();
        q.Value.Should().BeApproximately(canonical, 1e-12 * Math.Abs(canonical) + 1e-18);
        unit.Substance.Should().Be(substance);
    }

    [Theory]
    [InlineData("", QuantityParseError.Empty)]
    [InlineData("   ", QuantityParseError.Empty)]
    [InlineData("t", QuantityParseError.InvalidNumber)]
    [InlineData("1.2.3 t", QuantityParseError.InvalidNumber)]
    [InlineData("NaN t", QuantityParseError.InvalidNumber)]
    [InlineData("Infinity t", QuantityParseError.InvalidNumber)]
    [InlineData("1,5 t", QuantityParseError.InvalidNumber)] // a decimal comma is refused, never misread as 15
    [InlineData("1,50,000 t", QuantityParseError.InvalidNumber)]
    [InlineData("1000", QuantityParseError.MissingUnit)]
    [InlineData("1000 furlongs", QuantityParseError.UnknownUnit)]
    [InlineData("1000 t/", QuantityParseError.UnknownUnit)]
    [InlineData("1000 kg CO3", QuantityParseError.UnknownUnit)]
    [InlineData("1e400 t", QuantityParseError.InvalidNumber)]
    [InlineData("2e15 t", QuantityParseError.OutOfRange)]
    [InlineData("1000000万 亿 t", QuantityParseError.OutOfRange)]
    public void Bad_texts_are_refused_with_a_reason(string text, QuantityParseError expected)
    {
        QuantityParser.TryParse(text, out _, out _, out var error).Should().BeFalse();
        error.Should().Be(expected);
    }

    [Fact]
    public void Overlong_text_is_refused()
    {
        QuantityParser.TryParse(new string('1', 300) + " t", out _, out _, out var error).Should().BeFalse();
        error.Should().Be(QuantityParseError.TooLong);
    }

    [Fact]
    public void Parsing_ignores_the_current_culture()
    {
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "de-DE", "tr-TR", "fr-FR", "zh-CN" })
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);
                Parse("1234.5 t").Value.Should().Be(1234.5);
                Parse("1,234.5 t").Value.Should().Be(1234.5);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Quantity_In_refuses_another_dimension()
    {
        var q = Parse("10 t");
        var act = () => q.In("kWh");
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Print_then_parse_round_trips()
    {
        foreach (var text in new[] { "155万 t", "389.31 GJ/万Nm³", "0.1229 kgce/kWh", "5000 t/d", "65 %", "1e9 Mt", "1e-27 kg", "3 t·t", "2 m·m·m", "4 kg/(d·d)", "1 亩·亩" })
        {
            var q = Parse(text);
            var again = Parse(q.ToString());
            again.Should().Be(q);
        }
    }

    [Theory]
    [InlineData("1e9 Mt", 1e15)]      // 1e9 × 1e6 = 1e15 t: the bound in canonical units, equal to the bound as written
    [InlineData("1 t·t·t·t", 1.0)]    // the fourth power: the highest
    [InlineData("1 1/d/d/d/d", 1.0)]
    [InlineData("1 m2·m2", 1.0)]      // the fourth power of a length, written as two areas
    public void At_the_bounds_a_quantity_is_read(string text, double canonical)
    {
        Parse(text).Value.Should().Be(canonical);
    }

    [Theory]
    [InlineData("1.1e9 Mt", QuantityParseError.OutOfRange)]          // 1.1e15 t: beyond the canonical bound (1e30 before N1)
    [InlineData("1e18 J", QuantityParseError.OutOfRange)]            // only 1e9 GJ, but 1e18 as written is beyond 1e15
    [InlineData("1e15 kt/g", QuantityParseError.OutOfRange)]         // 1e15 × 1e3 / 1e-6 = 1e24, a pure number
    [InlineData("1 t·t·t·t·t", QuantityParseError.UnknownUnit)]      // a fifth power
    [InlineData("1 t·t·t·t·t/t", QuantityParseError.UnknownUnit)]    // ... also on the way to a fourth
    [InlineData("1 m2·m2·m", QuantityParseError.UnknownUnit)]        // m⁵
    [InlineData("1 1/(d·d·d·d·d)", QuantityParseError.UnknownUnit)]  // d⁻⁵, inside a group
    public void Beyond_the_bounds_is_refused(string text, QuantityParseError expected)
    {
        QuantityParser.TryParse(text, out _, out _, out var error).Should().BeFalse();
        error.Should().Be(expected);
    }

    [Fact]
    public void Exponents_never_wrap_around()
    {
        // 66 × m² (199 characters) is the 132nd power of a length; as an sbyte it wrapped to −124 and read as m⁻¹²⁴ with
        // scale 1 (within range). Powers above 4 are refused.
        var text = "1 " + string.Join("·", Enumerable.Repeat("m²", 66));
        text.Length.Should().BeLessThanOrEqualTo(QuantityParser.MaxLength);

        QuantityParser.TryParse(text, out _, out _, out var error).Should().BeFalse();
        error.Should().Be(QuantityParseError.UnknownUnit);
    }
}
