using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Diagnostics;

namespace Carbon.Plugins.Livestock.Tests.Facts;

/// <summary>
/// Scale classes at the thresholds' boundaries (exactly at, one below), each threshold set with its own source:
/// the first pollution-source census [C] (ghg §4.5), the older "five livestock" figures (UNCONFIRMED, zoning §4),
/// the 2025 national standard (in force 2025-09-01, zoning §4) and Sichuan 2017 (zoning §4).
/// </summary>
public class ScaleClassTests
{
    private static readonly DateOnly InForce = new(2025, 9, 1);
    private static readonly DateOnly DayBefore = new(2025, 8, 31);

    private static string Classify(HerdLineBuilder line, string? standard = null, DateOnly? asOf = null)
    {
        if (standard is not null)
        {
            line.Text("scaleStandard", standard);
        }

        var result = Herds.Run(line, asOf: asOf ?? InForce);
        return result.Fact("livestock.scale-class").Value.Text!;
    }

    private static HerdLineBuilder Sold(string category, int head) => HerdLineBuilder.Of(category, head + " head", "sold").Quantity("daysAlive", "180 d");

    private static HerdLineBuilder Stock(string category, int head) => HerdLineBuilder.Of(category, head + " head");

    [Theory]
    // Census [C]: pigs ≥ 500 sold = 规模化养殖场; 50–<500 = 养殖专业户.
    [InlineData(500, "scale-farm")]
    [InlineData(499, "specialised-household")]
    [InlineData(50, "specialised-household")]
    [InlineData(49, "below-scale")]
    public void Census_pigs(int sold, string expected) => Classify(Sold("swine-market", sold), "first-pollution-census").Should().Be(expected);

    [Theory]
    // 2025 national standard: pigs ≥ 500 出栏; no household band.
    [InlineData(500, "scale-farm")]
    [InlineData(499, "below-scale")]
    public void National_2025_pigs(int sold, string expected) => Classify(Sold("swine-market", sold)).Should().Be(expected);

    [Theory]
    // Census [C]: layers ≥ 20 000 存栏; household 500–<20 000. 2025: layers ≥ 2 000 存栏.
    [InlineData(20000, "first-pollution-census", "scale-farm")]
    [InlineData(19999, "first-pollution-census", "specialised-household")]
    [InlineData(500, "first-pollution-census", "specialised-household")]
    [InlineData(499, "first-pollution-census", "below-scale")]
    [InlineData(2000, "moa-2025", "scale-farm")]
    [InlineData(1999, "moa-2025", "below-scale")]
    // Sichuan 2017: layers ≥ 25 000 存栏.
    [InlineData(25000, "sichuan-2017", "scale-farm")]
    [InlineData(24999, "sichuan-2017", "below-scale")]
    public void Layers(int stock, string standard, string expected) => Classify(Stock("layers", stock), standard).Should().Be(expected);

    [Theory]
    // Census [C]: dairy ≥ 100 存栏, household 5–<100; 2025: dairy ≥ 100 存栏.
    [InlineData(100, "first-pollution-census", "scale-farm")]
    [InlineData(99, "first-pollution-census", "specialised-household")]
    [InlineData(5, "first-pollution-census", "specialised-household")]
    [InlineData(4, "first-pollution-census", "below-scale")]
    [InlineData(100, "moa-2025", "scale-farm")]
    [InlineData(99, "moa-2025", "below-scale")]
    public void Dairy(int stock, string standard, string expected) => Classify(Stock("dairy-cattle", stock), standard).Should().Be(expected);

    [Theory]
    // Census [C]: beef ≥ 200 sold, household 10–<200; 2025: beef ≥ 50 出栏; Sichuan: beef ≥ 100 出栏.
    [InlineData(200, "first-pollution-census", "scale-farm")]
    [InlineData(199, "first-pollution-census", "specialised-household")]
    [InlineData(10, "first-pollution-census", "specialised-household")]
    [InlineData(9, "first-pollution-census", "below-scale")]
    [InlineData(50, "moa-2025", "scale-farm")]
    [InlineData(49, "moa-2025", "below-scale")]
    [InlineData(100, "sichuan-2017", "scale-farm")]
    [InlineData(99, "sichuan-2017", "below-scale")]
    public void Beef(int sold, string standard, string expected) => Classify(Sold("beef-cattle", sold), standard).Should().Be(expected);

    [Theory]
    // Census [C]: broilers ≥ 50 000 sold, household 2 000–<50 000; 2025: broilers ≥ 10 000 出栏.
    [InlineData(50000, "first-pollution-census", "scale-farm")]
    [InlineData(49999, "first-pollution-census", "specialised-household")]
    [InlineData(2000, "first-pollution-census", "specialised-household")]
    [InlineData(1999, "first-pollution-census", "below-scale")]
    [InlineData(10000, "moa-2025", "scale-farm")]
    [InlineData(9999, "moa-2025", "below-scale")]
    public void Broilers(int sold, string standard, string expected) => Classify(Sold("broilers", sold), standard).Should().Be(expected);

    [Theory]
    // 2025: sheep/goats ≥ 200 出栏; yak ≥ 200 存栏; geese ≥ 5 000 出栏; laying ducks ≥ 2 000 存栏.
    [InlineData("sheep", "sold", 200, "scale-farm")]
    [InlineData("goats", "sold", 199, "below-scale")]
    [InlineData("yak", "stock", 200, "scale-farm")]
    [InlineData("yak", "stock", 199, "below-scale")]
    [InlineData("geese", "sold", 5000, "scale-farm")]
    [InlineData("ducks-laying", "stock", 1999, "below-scale")]
    public void Other_species_2025(string category, string basis, int head, string expected) =>
        Classify(basis == "sold" ? Sold(category, head) : Stock(category, head), "moa-2025").Should().Be(expected);

    [Fact]
    public void The_2025_standard_applies_from_1_September_2025_and_the_census_before()
    {
        var before = Herds.Run(Sold("swine-market", 499), asOf: DayBefore);
        before.Fact("livestock.scale-standard").Value.Text.Should().Be("first-pollution-census");
        before.Fact("livestock.scale-class").Value.Text.Should().Be("specialised-household");
        before.Facts.Should().NotContain(f => f.Key == "livestock.scale-class.moa-2025");

        var after = Herds.Run(Sold("swine-market", 499), asOf: InForce);
        after.Fact("livestock.scale-standard").Value.Text.Should().Be("moa-2025");
        after.Fact("livestock.scale-class").Value.Text.Should().Be("below-scale");
        after.Fact("livestock.scale-class.first-pollution-census").Value.Text.Should().Be("specialised-household");
    }

    [Fact]
    public void A_named_standard_not_in_force_is_used_with_a_warning()
    {
        var result = Herds.Run(Sold("swine-market", 500).Text("scaleStandard", "moa-2025"), asOf: DayBefore);
        result.Single("CB7426").Severity.Should().Be(DiagnosticSeverity.Warning);
        result.Fact("livestock.scale-class").Value.Text.Should().Be("scale-farm");
    }

    [Fact]
    public void The_unconfirmed_five_livestock_figures_warn()
    {
        // Beef ≥ 100 出栏 (source document UNCONFIRMED).
        var result = Herds.Run(Sold("beef-cattle", 100).Text("scaleStandard", "five-livestock"), asOf: InForce);
        result.Fact("livestock.scale-class").Value.Text.Should().Be("scale-farm");
        result.Single("CB7413").Severity.Should().Be(DiagnosticSeverity.Warning);
        Classify(Sold("beef-cattle", 99), "five-livestock").Should().Be("below-scale");
    }

    [Theory]
    // 存栏 against a 出栏 threshold: head sold = head on hand × 365 / days alive.
    [InlineData(250, "scale-farm")]  // 250 × 365 / 182.5 = 500 ≥ 500
    [InlineData(249, "below-scale")] // 249 × 365 / 182.5 = 498 < 500
    public void Stock_line_is_converted_to_head_sold_with_days_alive(int stock, string expected)
    {
        var result = Herds.Run(Stock("swine-market", stock).Quantity("daysAlive", "182.5 d"), asOf: InForce);
        result.Fact("livestock.scale-class").Value.Text.Should().Be(expected);
        result.Indicators.Single(i => i.Id == "livestock.scale-head").Value.Should().BeApproximately(stock * 2.0, 1e-9 * stock);
        result.Codes().Should().NotContain("CB7419");
    }

    [Theory]
    // 出栏 against a 存栏 threshold: the annual average population = days × head sold / 365.
    [InlineData(4000, "scale-farm")]  // 182.5 × 4 000 / 365 = 2 000 ≥ 2 000 (layers, 2025)
    [InlineData(3998, "below-scale")] // 182.5 × 3 998 / 365 = 1 999
    public void Sold_line_is_converted_to_head_on_hand(int sold, string expected)
    {
        var line = HerdLineBuilder.Of("layers", sold + " head", "sold").Quantity("daysAlive", "182.5 d");
        Classify(line, "moa-2025").Should().Be(expected);
    }

    [Fact]
    public void Stock_line_without_days_alive_cannot_meet_a_sold_threshold()
    {
        var result = Herds.Run(Stock("swine-market", 10000), asOf: InForce);
        result.Facts.Should().NotContain(f => f.Key == "livestock.scale-class");
        result.Single("CB7424").Message.En.Should().Contain("daysAlive");
    }

    [Fact]
    public void A_provincial_standard_loads_as_data()
    {
        // Illustrative test records (not a real standard): a province's pig threshold of 1 000 head sold.
        var record = new Sdk.Factors.FactorRecord
        {
            Id = "test.province.pig",
            Subject = "livestock.pig",
            Parameter = "scale-threshold",
            Value = 1000,
            Unit = "head",
            Variant = "test-province/sold",
            Source = new Sdk.Factors.SourceCitation("test provincial standard"),
            Status = Sdk.Factors.DataStatus.SingleSource,
        };
        var at = Herds.Run(Sold("swine-market", 1000).Text("scaleStandard", "test-province"), asOf: InForce, overrides: [record]);
        at.Fact("livestock.scale-class").Value.Text.Should().Be("scale-farm");
        at.Fact("livestock.scale-standard").Value.Text.Should().Be("test-province");
        Herds.Run(Sold("swine-market", 999).Text("scaleStandard", "test-province"), asOf: InForce, overrides: [record])
            .Fact("livestock.scale-class").Value.Text.Should().Be("below-scale");
    }

    [Fact]
    public void Buffalo_have_no_threshold()
    {
        Herds.Run(Stock("buffalo", 100)).Single("CB7424").Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Fact]
    public void An_unknown_standard_is_an_error()
    {
        Herds.Run(Sold("swine-market", 500).Text("scaleStandard", "hunan-2030")).Single("CB7425").Path.Should().Be("/activities/0/parameters/scaleStandard");
    }

    [Fact]
    public void The_scale_indicator_cites_the_thresholds()
    {
        var indicator = Herds.Run(Sold("swine-market", 500).Text("scaleStandard", "first-pollution-census")).Indicators.Single(i => i.Id == "livestock.scale-head");
        indicator.Trace.Factors.Select(f => f.Id).Should().BeEquivalentTo("livestock.scale.first-pollution-census.pig", "livestock.scale.first-pollution-census.pig.household");
    }
}
