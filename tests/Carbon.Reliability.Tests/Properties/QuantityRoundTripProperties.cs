using System.Globalization;
using Carbon.Sdk.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Carbon.Reliability.Tests.Properties;

/// <summary>
/// <see cref="Quantity.ToString"/> writes the canonical form that <see cref="Quantity.Parse"/> reads back to an equal
/// quantity, for every quantity the parser reads: random values (up to 1e20 in their unit, so beyond the 1e15 the parser
/// reads) in random units built as products and quotients of up to four factors of every unit family, with
/// multipliers, substances and groups — the shapes of finding N1 (<c>"1e15 Mt"</c> printed "1E+21 t", <c>"1 t·t"</c>
/// printed "1 t2", <c>"1 m·m·m"</c> printed "1 m3", a volume).
/// </summary>
public class QuantityRoundTripProperties
{
    private static readonly string[] Units =
    [
        "t", "kg", "g", "万t", "Mt", "GJ", "MJ", "kWh", "万kWh", "MWh", "Gcal", "m³", "Nm³", "万Nm³", "L", "tce", "kgce", "head", "头",
        "d", "h", "a", "元", "万元", "m", "km", "m²", "亩", "ha", "Pa", "kPa", "°C", "%", "‰", "1",
        "GJ/t", "kgce/t", "tce/万元", "GJ/万Nm³", "kgCO2/kWh", "tCO2/TJ", "tC/TJ", "kg/(head·d)", "t/d", "m³/a", "kJ/kg", "kg N",
    ];

    /// <summary>Factors of composed units: one or more of each dimension, with scales from 1e-9 (J) to 1e8 (亿t).</summary>
    private static readonly string[] Factors =
    [
        "t", "kg", "g", "kt", "Mt", "万t", "亿t", "tCO2", "kg N", "GJ", "J", "MJ", "TJ", "PJ", "kWh", "万kWh", "Gcal", "m³", "m3", "Nm³", "L",
        "tce", "kgce", "head", "头", "d", "h", "a", "元", "万元", "m", "km", "m2", "m²", "亩", "ha", "Pa", "MPa", "°C", "%", "‰", "1",
    ];

    private static readonly Gen<double> Values =
        from mantissa in Gen.Choose(-999_999, 999_999)
        from exponent in Gen.Choose(-12, 14)
        select mantissa * Math.Pow(10, exponent);

    /// <summary>"a", "a·b", "a/b/c", "a/(b·c)", "a·b·c·d" … from <see cref="Factors"/>.</summary>
    private static readonly Gen<string> ComposedUnits =
        from count in Gen.Choose(1, 4)
        from factors in Gen.Elements(Factors).ArrayOf(count)
        from separators in Gen.Elements("·", "/", "*").ArrayOf(count)
        from grouped in Gen.Elements(false, false, true)
        select Compose(factors, separators, grouped);

    [Property(MaxTest = 500)]
    public Property Parse_of_ToString_gives_back_the_quantity() => Prop.ForAll(
        Arb.From(from value in Values from unit in Gen.OneOf(Gen.Elements(Units), ComposedUnits) select (value, unit)),
        ((double Value, string Unit) c) => RoundTrips(c.Value.ToString("R", CultureInfo.InvariantCulture) + " " + c.Unit));

    [Property(MaxTest = 300)]
    public Property Powers_of_every_base_dimension_round_trip() => Prop.ForAll(
        Arb.From(from value in Values
                 from factor in Gen.Elements(Factors)
                 from power in Gen.Choose(1, 4)
                 from divided in Gen.Elements(false, true)
                 select (value, Unit: (divided ? "1/" : string.Empty) + string.Join(divided ? "/" : "·", Enumerable.Repeat(factor, power)))),
        ((double Value, string Unit) c) => RoundTrips(c.Value.ToString("R", CultureInfo.InvariantCulture) + " " + c.Unit));

    [Property(MaxTest = 200)]
    public Property Parsing_is_the_same_under_any_culture() => Prop.ForAll(
        Arb.From(from value in Values from unit in Gen.OneOf(Gen.Elements(Units), ComposedUnits) from culture in Gen.Elements("zh-CN", "de-DE", "tr-TR", "ar-SA", "fr-FR") select (value, unit, culture)),
        ((double Value, string Unit, string Culture) c) =>
        {
            var text = c.Value.ToString("R", CultureInfo.InvariantCulture) + " " + c.Unit;
            var invariant = QuantityParser.TryParse(text, out var expected, out _, out var expectedError);
            var original = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo(c.Culture);
                var read = QuantityParser.TryParse(text, out var q, out _, out var error);
                return read == invariant && q == expected && error == expectedError && q.ToString() == expected.ToString();
            }
            finally
            {
                CultureInfo.CurrentCulture = original;
            }
        });

    [Theory]
    [InlineData("1e9 Mt", 1e15, "1000000000000000 t")]      // 1e9 × 1e6 t = 1e15 t: the largest canonical magnitude
    [InlineData("1 t·t", 1.0, "1 t·t")]                     // was "1 t2", no unit
    [InlineData("2 kg·kg", 2e-6, "2E-06 t·t")]              // 2 × (1e-3 t)² = 2e-6 t²
    [InlineData("1 m·m·m", 1.0, "1 m2·m")]                  // was "1 m3", which reads as a volume
    [InlineData("1 ha·ha", 1e8, "100000000 m2·m2")]         // (1e4 m²)² = 1e8 m⁴
    [InlineData("5 GJ/(t·t)", 5.0, "5 GJ/t/t")]
    [InlineData("1 head·head/d/d/d", 1.0, "1 head·head/d/d/d")]
    [InlineData("7 °C·°C/Pa", 7.0, "7 °C·°C/Pa")]
    public void The_shapes_of_finding_N1_read_back(string text, double canonical, string printed)
    {
        var q = Quantity.Parse(text);

        q.Value.Should().BeApproximately(canonical, Math.Abs(canonical) * 1e-12);
        q.ToString().Should().Be(printed);
        Quantity.Parse(printed).Should().Be(q);
    }

    [Theory]
    [InlineData("1e15 Mt")]         // 1e21 t: beyond the canonical bound, which now equals the bound as written (1e15)
    [InlineData("1000000001 Mt")]   // 1.000000001e15 t
    [InlineData("1e15 kt/g")]       // 1e15 × 1e3 / 1e-6 = 1e24 (a pure number)
    public void A_quantity_beyond_1e15_in_canonical_units_is_refused(string text)
    {
        QuantityParser.TryParse(text, out _, out _, out var error).Should().BeFalse();
        error.Should().Be(QuantityParseError.OutOfRange);
    }

    private static Property RoundTrips(string text)
    {
        if (!QuantityParser.TryParse(text, out var q, out _, out _))
        {
            // Refused (beyond 1e15 or below 1e-30 in canonical units, a power above 4): nothing to print.
            return true.Label("refused").Classify(true, "refused");
        }

        var printed = q.ToString();
        var read = QuantityParser.TryParse(printed, out var again, out _, out var error);
        return (read && again == q).Label($"{text} → {printed} → {(read ? again.ToString() : error.ToString())}").Classify(true, "read");
    }

    private static string Compose(string[] factors, string[] separators, bool grouped)
    {
        if (grouped && factors.Length >= 3)
        {
            // a/(b·c…): the rest as a group after one division
            return factors[0] + "/(" + string.Join("·", factors[1..]) + ")";
        }

        var text = factors[0];
        for (var i = 1; i < factors.Length; i++)
        {
            text += separators[i] + factors[i];
        }

        return text;
    }
}
