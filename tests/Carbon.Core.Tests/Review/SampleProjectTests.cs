using System.Globalization;
using System.Text;
using Carbon.Core.Tests.Review.Support;
using Carbon.Reports;

namespace Carbon.Core.Tests.Review;

/// <summary>
/// docs/samples/review-technical-upgrade.json, worked by hand. GB/T 2589 当量值 (energy.md §2.2): raw coal 0.7143 kgce/kg,
/// electricity 0.1229 kgce/kWh; waste-heat power used on site counts 0 (its fuel is already counted).
/// Coal 200 000 t × 0.7143 = 142 860 tce; grid 45 000 000 kWh × 0.1229 = 5 530.5 tce; total 148 390.5 tce.
/// </summary>
public class SampleProjectTests
{
    private static string SamplePath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Carbon.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "docs", "samples", "review-technical-upgrade.json");
    }

    private static AssessmentReport Assess()
    {
        var report = TestEngine.Create().Assess(File.ReadAllBytes(SamplePath()));
        report.HasErrors.Should().BeFalse(string.Join("; ", report.Diagnostics.Select(d => d.Code + " " + d.Message.En)));
        return report;
    }

    [Fact]
    public void The_regime_and_tier_read_correctly()
    {
        var review = Assess().Review!;
        review.Regime!.Id.Should().Be("ndrc-2023-2");
        // Technical upgrade read as a 改建 with site, process and equipment unchanged → increment:
        // 148 390.5 − 168 000 = −19 609.5 tce.
        review.ComparedEnergy!.Basis.Should().Be("increment");
        review.ComparedEnergy.Tce.Should().BeApproximately(-19609.5, 1e-9 * 19609.5);
        review.ComparedEnergy.TotalTce.Should().BeApproximately(148390.5, 1e-9 * 148390.5);
        review.Notes.Should().Contain(n => n.Kind == "interpretation");
        // Exemption: −19 609.5 < 1000 holds, but electricity 45 000 000 + 40 000 000 = 85 000 000 kWh is not below 5 000 000.
        review.Reasons.Single(r => r.Threshold == "order2.art8.energy-below-1000").Holds.Should().BeTrue();
        var electricity = review.Reasons.Single(r => r.Threshold == "order2.art8.electricity-below-5000000");
        electricity.ProjectValue.Should().BeApproximately(85_000_000, 1e-9 * 85_000_000);
        electricity.Holds.Should().BeFalse();
        // −19 609.5 < 10 000 → the province decides; Hunan's split has no band below 5 000 tce.
        review.Tier.Should().Be("delegated");
        review.Authority!.Override.Should().Be("hunan.order2");
        review.Authority.Level.Should().BeNull();
    }

    [Fact]
    public void The_report_contents_read_correctly()
    {
        var content = Assess().Review!.Content;
        // 148 390.5 tce × 1000 ÷ 1 500 000 t = 98.927 kgce/t; fossil 142 860 × 1000 ÷ 1 500 000 = 95.24 kgce/t.
        var unit = content.UnitProduct.Single();
        unit.ComprehensiveEnergy.Should().BeApproximately(98.927, 1e-9 * 98.927);
        unit.FossilEnergy.Should().BeApproximately(95.24, 1e-9 * 95.24);
        // Value added 3.2亿 元 = 32 000 万元: 148 390.5 ÷ 32 000 = 4.637203125; 142 860 ÷ 32 000 = 4.464375 tce/万元.
        content.PerValueAdded!.Energy.Should().BeApproximately(4.637203125, 1e-9 * 4.64);
        content.PerValueAdded.FossilEnergy.Should().BeApproximately(4.464375, 1e-9 * 4.46);
        // 等价值: coal 142 860 + 45 000 000 kWh × 0.404 kgce/kWh = 18 180 → 161 040 tce.
        content.Energy.TotalEqualValueTce.Should().BeApproximately(161040, 1e-9 * 161040);
        content.Energy.FossilTce.Should().BeApproximately(142860, 1e-9 * 142860);
        content.Energy.SecondaryTce.Should().BeApproximately(5530.5, 1e-9 * 5530.5);
        content.Energy.RenewableTce.Should().Be(0);
        content.Energy.FeedstockTce.Should().Be(0);
        content.Energy.ByCarrier.Single(c => c.Key == "coal.raw").Share.Should().BeApproximately(142860 / 148390.5, 1e-12);
        // Carbon: coal 200 000 t × 20.908 GJ/t × 26.37 tC/TJ × 0.94 × 44/12 = 380 059.76976 t CO2 (ghg-methods.md §5.2 [S]);
        // grid 45 000 000 kWh × 0.5306 kgCO2/kWh (2023 national, energy.md §6.1 [C]) = 23 877 t; total 403 936.76976 t;
        // per t clinker 403 936.76976 ÷ 1 500 000 = 0.26929117984 tCO2e/t.
        content.Carbon.TotalCo2eTonnes.Should().BeApproximately(403936.76976, 1e-9 * 403936.77);
        content.Carbon.IntensityPerProduct.Single().Value.Should().BeApproximately(0.26929117984, 1e-9 * 0.27);
    }

    [Fact]
    public void The_regional_impact_reads_correctly()
    {
        var impact = Assess().Review!.RegionalImpact!;
        // m = 161 040 ÷ 1 500 000 × 100 = 10.736 % → 10 < m ≤ 20 → 重大影响.
        impact.M!.Value.Should().BeApproximately(10.736, 1e-9 * 10.736);
        impact.M.Grade.Should().Be("major");
        // a = 12 000 000 tce, b = 2000亿 元 = 20 000 000 万元, c = 0.6 tce/万元, d = 161 040, e = 32 000 万元:
        // n = (12 161 040 ÷ 20 032 000 − 0.6) ÷ 0.6 × 100 = 1.18011182108…% → 1 < n ≤ 3.5 → 重大影响.
        impact.N!.Value.Should().BeApproximately(1.1801118210863, 1e-9);
        impact.N.Grade.Should().Be("major");
        impact.Notes.Should().Contain(n => n.En.StartsWith("d is the project's full post-commissioning", StringComparison.Ordinal));
    }

    [Fact]
    public void The_energy_saving_reads_correctly()
    {
        // (112 − 98.927) kgce/t × 1 500 000 t ÷ 1000 = 19 609.5 tce saved a year.
        var saving = Assess().Review!.EnergySaving.Single();
        saving.Before.Should().BeApproximately(112, 1e-9 * 112);
        saving.After.Should().BeApproximately(98.927, 1e-9 * 98.927);
        saving.SavingTce.Should().BeApproximately(19609.5, 1e-9 * 19609.5);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void The_report_is_byte_identical_under_any_culture(string culture)
    {
        var reference = ReportJson.SerializeToUtf8Bytes(Assess());
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            ReportJson.SerializeToUtf8Bytes(Assess()).Should().Equal(reference);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Concurrent_assessments_give_identical_reports()
    {
        var engine = TestEngine.Create();
        var bytes = File.ReadAllBytes(SamplePath());
        var reports = new string[16];
        Parallel.For(0, reports.Length, i => reports[i] = ReportJson.Serialize(engine.Assess(bytes)));
        reports.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void The_review_section_serialises_with_the_report()
    {
        var json = ReportJson.Serialize(Assess());
        json.Should().Contain("\"review\": {").And.Contain("\"tier\": \"delegated\"").And.Contain("\"decidedBy\"").And.Contain("\"regionalImpact\"");
        var back = ReportJson.Deserialize(json);
        back.Review!.Tier.Should().Be("delegated");
        back.Review.Reasons.Length.Should().Be(5);
        Encoding.UTF8.GetByteCount(json).Should().BeGreaterThan(0);
    }
}
