using Carbon.Reliability.Tests.Support;
using Carbon.Reports;
using Carbon.Sdk.Units;

namespace Carbon.Reliability.Tests.Regressions;

/// <summary>
/// Finding F1 (corpus quantities.json, projects CB2001__*-multipliers-*): a unit made of many 万/亿 multipliers scaled to
/// infinity, zero or NaN, and an output of 1e-300 t made every per-unit figure overflow; the engine then threw
/// "a non-finite number reached the report" (exit 3 in the console). The parser now refuses units whose scale is not
/// a finite non-zero number and quantities outside 1e-30…1e30 in canonical units (1e15 since N1).
/// </summary>
public class NonFiniteQuantityTests
{
    private static readonly string ThirtyNineYi = new('亿', 39); // 1e8^39 = 1e312 > double.MaxValue

    public static TheoryData<string, QuantityParseError> Texts() => new()
    {
        { "1 t·" + ThirtyNineYi + "1", QuantityParseError.UnknownUnit },               // scale +∞
        { "1 1·" + ThirtyNineYi + "1/1·" + ThirtyNineYi + "1", QuantityParseError.UnknownUnit }, // scale ∞/∞ = NaN
        { "1 t/1·" + ThirtyNineYi + "亿1", QuantityParseError.UnknownUnit },            // scale 1/∞ = 0
        { "1e-300 t", QuantityParseError.OutOfRange },                                  // 1e-300 t < 1e-30 t
        { "1e15 Mt/g·g", QuantityParseError.OutOfRange },                                // 1e15 × 1e6 / 1e-12 = 1e33 > 1e15
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_quantity_that_would_not_be_a_finite_sane_number_is_refused(string text, QuantityParseError expected)
    {
        QuantityParser.TryParse(text, out _, out _, out var error).Should().BeFalse();
        error.Should().Be(expected);
    }

    [Theory]
    [InlineData("1e3 Mt/g", 1e15)]   // 1e3 × 1e6 t / 1e-6 t = 1e15 ≤ 1e15
    [InlineData("1e-15 g", 1e-21)]   // 1e-15 × 1e-6 t = 1e-21 ≥ 1e-30
    [InlineData("0 g", 0.0)]         // zero is always fine
    public void The_bounds_leave_room_far_beyond_real_projects(string text, double expected)
    {
        QuantityParser.TryParse(text, out var q, out _, out _).Should().BeTrue();
        q.Value.Should().BeApproximately(expected, Math.Abs(expected) * 1e-12);
    }

    [Fact]
    public void A_unit_that_scales_to_infinity_is_not_a_unit()
    {
        QuantityParser.TryParseUnit("t·" + ThirtyNineYi + "1", out _, out var error).Should().BeFalse();
        error.Should().Be(QuantityParseError.UnknownUnit);
    }

    [Theory]
    [InlineData("oxidation", "1 1·{0}1/1·{0}1")] // NaN oxidation: 0.94 > 1 is false for NaN, so the fraction check let it through
    [InlineData("amount", "1 t·{0}1")]          // +∞ t of coal
    public void An_energy_line_with_a_non_finite_quantity_is_a_diagnostic_not_a_crash(string member, string pattern)
    {
        var value = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, ThirtyNineYi);
        var line = member == "amount" ? $$"""{"carrier":"coal.raw","amount":"{{value}}"}""" : $$"""{"carrier":"coal.raw","amount":"1万 t","{{member}}":"{{value}}"}""";
        var json = $$"""
            {"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,"energy":[{{line}}]}
            """;

        var report = Engines.Shared.Assess(System.Text.Encoding.UTF8.GetBytes(json));

        report.Diagnostics.Should().Contain(d => d.Code == "CB2001" && d.Path == "/energy/0/" + member);
        report.Energy.Should().BeNull();
    }

    [Fact]
    public void A_vanishing_product_output_is_refused_instead_of_overflowing_the_unit_consumption()
    {
        // 1e9 Mt of coal over 1e-300 t of clinker: the unit consumption would be ~7e14 tce / 1e-300 t = ∞.
        const string json = """
            {"schemaVersion":"1","id":"p","name":{"zh":"项目","en":"Project"},"nature":"new","reportingYear":2025,
             "products":[{"product":"cement.clinker","output":"1e-300 t"}],
             "energy":[{"carrier":"coal.raw","amount":"1e9 Mt"}]}
            """;

        var report = Engines.Shared.Assess(System.Text.Encoding.UTF8.GetBytes(json));

        report.Diagnostics.Should().ContainSingle(d => d.Severity == "error").Which.Should().Match<DiagnosticReport>(d => d.Code == "CB2001" && d.Path == "/products/0/output");
        ReportJson.Serialize(report).Should().NotContain("Infinity").And.NotContain("NaN");
    }
}
