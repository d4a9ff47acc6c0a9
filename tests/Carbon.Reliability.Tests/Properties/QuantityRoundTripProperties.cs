using Carbon.Reliability.Tests.Support;
using Carbon.Sdk.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Carbon.Reliability.Tests.Properties;

/// <summary>
/// <see cref="Quantity.ToString"/> writes the canonical form that <see cref="Quantity.Parse"/> reads back to an equal
/// quantity, for random values in every unit family the parser knows — within the domain where that is possible (see
/// <see cref="Outside_the_round_trip_domain_the_canonical_text_does_not_read_back"/>).
/// </summary>
public class QuantityRoundTripProperties
{
    private static readonly string[] Units =
    [
        "t", "kg", "g", "万t", "Mt", "GJ", "MJ", "kWh", "万kWh", "MWh", "Gcal", "m³", "Nm³", "万Nm³", "L", "tce", "kgce", "head", "头",
        "d", "h", "a", "元", "万元", "m", "km", "m²", "亩", "ha", "Pa", "kPa", "°C", "%", "‰", "1",
        "GJ/t", "kgce/t", "tce/万元", "GJ/万Nm³", "kgCO2/kWh", "tCO2/TJ", "tC/TJ", "kg/(head·d)", "t/d", "m³/a", "kJ/kg", "kg N",
    ];

    private static readonly Gen<double> Values =
        from mantissa in Gen.Choose(-999_999, 999_999)
        from exponent in Gen.Choose(-12, 9)
        select mantissa * Math.Pow(10, exponent);

    [Property(MaxTest = 500)]
    public Property Parse_of_ToString_gives_back_the_quantity() => Prop.ForAll(
        Arb.From(from value in Values from unit in Gen.Elements(Units) select (value, unit)),
        ((double Value, string Unit) c) =>
        {
            var text = c.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " " + c.Unit;
            if (!QuantityParser.TryParse(text, out var q, out _, out _) || Math.Abs(q.Value) > QuantityParser.MaxMagnitude)
            {
                // Refused (e.g. below 1e-30 in canonical units) or beyond what the parser reads as written: no round trip to check.
                return true.Label("skipped " + text);
            }

            var again = Quantity.Parse(q.ToString());
            return (again == q).Label($"{text} → {q} → {again}");
        });

    [Property(MaxTest = 200)]
    public Property Parsing_is_the_same_under_any_culture() => Prop.ForAll(
        Arb.From(from value in Values from unit in Gen.Elements(Units) from culture in Gen.Elements("zh-CN", "de-DE", "tr-TR", "ar-SA", "fr-FR") select (value, unit, culture)),
        ((double Value, string Unit, string Culture) c) =>
        {
            var text = c.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " " + c.Unit;
            var invariant = QuantityParser.TryParse(text, out var expected, out _, out var expectedError);
            var original = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(c.Culture);
                var read = QuantityParser.TryParse(text, out var q, out _, out var error);
                return read == invariant && q == expected && error == expectedError && q.ToString() == expected.ToString();
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = original;
            }
        });

    [Theory]
    [InlineData("1e15 Mt", "1E+21 t")]  // canonical 1e21 t is beyond the 1e15 the parser reads as written
    [InlineData("1 t·t", "1 t2")]       // exponents above one are written "t2", which is no unit the parser knows
    public void Outside_the_round_trip_domain_the_canonical_text_does_not_read_back(string text, string canonical)
    {
        // Documented limitation (tests/Carbon.Fuzz/README.md, finding N1): Quantity.ToString promises a text Parse reads
        // back; that holds for magnitudes up to 1e15 in canonical units and exponents of at most one.
        var q = Quantity.Parse(text);

        q.ToString().Should().Be(canonical);
        QuantityParser.TryParse(canonical, out _, out _, out _).Should().BeFalse();
    }
}
