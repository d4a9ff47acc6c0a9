using System.Text;
using Carbon.Core.Tests.Review.Support;
using Carbon.Review;
using Carbon.Review.RegionalImpact;
using Carbon.Review.Regimes;

namespace Carbon.Core.Tests.Review;

/// <summary>The shipped review data reads cleanly and cites every figure; bad data gives CB59xx diagnostics, never an exception.</summary>
public class ReviewDataTests
{
    private static readonly byte[] Regimes = Read(ReviewData.RegimesResource);
    private static readonly byte[] Grades = Read(ReviewData.GradesResource);

    private static byte[] Read(string name)
    {
        using var stream = typeof(ReviewData).Assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void The_shipped_data_reads_without_problems()
    {
        ReviewData.Shipped.Problems.Should().BeEmpty();
        ReviewData.Shipped.Regimes!.Regimes.Select(r => r.Id).Should().Equal("ndrc-2010-6", "ndrc-2016-44", "ndrc-2023-2", "ndrc-2025-31");
        ReviewData.Shipped.Grades!.DefaultTable.Should().Be("mn-12th-fyp-guidance");
    }

    [Fact]
    public void Every_regime_rule_and_threshold_cites_a_source_and_carries_a_status()
    {
        foreach (var regime in ReviewData.Shipped.Regimes!.Regimes)
        {
            regime.Source.Document.Should().NotBeNullOrWhiteSpace();
            regime.Source.Url.Should().NotBeNullOrWhiteSpace(regime.Id);
            regime.Otherwise.Source.Document.Should().NotBeNullOrWhiteSpace();
            foreach (var rule in regime.Rules)
            {
                rule.Source.Document.Should().NotBeNullOrWhiteSpace(rule.Id);
                rule.Wording.IsComplete.Should().BeTrue(rule.Id);
                foreach (var c in rule.Conditions)
                {
                    c.Source.Url.Should().NotBeNullOrWhiteSpace(c.Id);
                    c.Wording.IsComplete.Should().BeTrue(c.Id);
                    Enum.IsDefined(c.Status).Should().BeTrue();
                }
            }
        }

        ReviewData.Shipped.Regimes.Overrides.Should().OnlyContain(o => o.Source.Url != null && o.Bands.Length > 0);
        ReviewData.Shipped.Grades!.Tables.Should().OnlyContain(t => t.Source.Url != null);
    }

    [Fact]
    public void Unconfirmed_figures_stay_unconfirmed()
    {
        var regimes = ReviewData.Shipped.Regimes!;
        var order44 = regimes.Regimes.Single(r => r.Id == "ndrc-2016-44");
        order44.EffectiveFrom.Status.Should().Be(Carbon.Sdk.Factors.DataStatus.Unconfirmed);
        var order31 = regimes.Regimes.Single(r => r.Id == "ndrc-2025-31");
        order31.ElectricityBasis.Status.Should().Be(Carbon.Sdk.Factors.DataStatus.Unconfirmed);
        order31.Increment.Kind.Should().Be(IncrementRuleKind.NotEstablished);
        // Order 31 thresholds are single-source, never promoted.
        order31.Rules.SelectMany(r => r.Conditions).Should().OnlyContain(c => c.Status == Carbon.Sdk.Factors.DataStatus.SingleSource);
        ReviewData.Shipped.Grades!.Table("mn-12th-fyp-guidance")!.Status.Should().Be(Carbon.Sdk.Factors.DataStatus.SingleSource);
    }

    [Fact]
    public void The_shipped_figures_are_the_published_ones()
    {
        var regimes = ReviewData.Shipped.Regimes!;
        double Limit(string id) => regimes.Regimes.SelectMany(r => r.Rules).SelectMany(r => r.Conditions).Single(c => c.Id == id).Limit;
        Limit("order6.report.energy").Should().Be(3000);
        Limit("order6.report.electricity").Should().Be(5_000_000);
        Limit("order6.report.oil").Should().Be(1000);
        Limit("order6.report.gas").Should().Be(1_000_000);
        Limit("order6.report-form.energy").Should().Be(1000);
        Limit("order6.report-form.electricity").Should().Be(2_000_000);
        Limit("order6.report-form.oil").Should().Be(500);
        Limit("order6.report-form.gas").Should().Be(500_000);
        Limit("order44.art5.energy-5000").Should().Be(5000);
        Limit("order2.art7.energy-10000").Should().Be(10000);
        Limit("order2.art8.electricity-below-5000000").Should().Be(5_000_000);
        Limit("order31.coal-10000").Should().Be(10000);
        Limit("order31.coal-below-1000").Should().Be(1000);
        var grades = ReviewData.Shipped.Grades!.Table("mn-12th-fyp-guidance")!.Grades;
        grades.Select(g => g.MAtMost).Should().Equal(1, 3, 10, 20, null);
        grades.Select(g => g.NAtMost).Should().Equal(0.1, 0.3, 1, 3.5, null);
    }

    [Theory]
    [InlineData("{", "CB5901")]
    [InlineData("[]", "CB5902")]
    [InlineData("""{ "id": "x", "version": "1", "title": { "zh": "x", "en": "x" }, "measures": [], "regimes": [ { "id": "r" } ] }""", "CB5902")]
    public void Broken_regime_files_give_diagnostics(string json, string code)
    {
        RegimeCatalogReader.TryRead(Encoding.UTF8.GetBytes(json), out var catalog, out var problems).Should().BeFalse();
        catalog.Should().BeNull();
        problems.Should().Contain(p => p.Code == code);
    }

    [Theory]
    [InlineData("\"measure\": \"energy-tce\", \"comparison\": \"at-least\", \"limit\": 10000", "\"measure\": \"steam-t\", \"comparison\": \"at-least\", \"limit\": 10000", "CB5903")]
    [InlineData("\"comparison\": \"at-least\", \"limit\": 10000, \"status\": \"confirmed\",\n              \"wording\": { \"zh\": \"年综合能源消费量10000吨标准煤及以上\"", "\"comparison\": \"more-than\", \"limit\": 10000, \"status\": \"confirmed\",\n              \"wording\": { \"zh\": \"年综合能源消费量10000吨标准煤及以上\"", "CB5903")]
    [InlineData("\"effectiveFrom\": { \"date\": \"2023-06-01\"", "\"effectiveFrom\": { \"date\": \"2023/06/01\"", "CB5904")]
    [InlineData("\"id\": \"ndrc-2025-31\"", "\"id\": \"ndrc-2023-2\"", "CB5905")]
    [InlineData("\"effectiveFrom\": { \"date\": \"2025-09-01\"", "\"effectiveFrom\": { \"date\": \"2025-08-01\"", "CB5906")]
    [InlineData("\"status\": \"single-source\",\n      \"tierKind\"", "\"status\": \"probably\",\n      \"tierKind\"", "CB5902")]
    [InlineData("\"tier\": \"provincial\",\n          \"match\": \"any\"", "\"tier\": \"county\",\n          \"match\": \"any\"", "CB5903")]
    [InlineData("\"provinceCode\": \"43\"", "\"provinceCode\": \"4301\"", "CB5902")]
    public void Each_defect_of_the_shipped_regimes_is_named(string find, string replace, string code)
    {
        var text = Encoding.UTF8.GetString(Regimes);
        text.Should().Contain(find);
        var broken = Encoding.UTF8.GetBytes(text.Replace(find, replace, StringComparison.Ordinal));
        RegimeCatalogReader.TryRead(broken, out _, out var problems).Should().BeFalse();
        problems.Should().Contain(p => p.Code == code && p.Severity == Carbon.Sdk.Diagnostics.DiagnosticSeverity.Error);
        problems.Should().OnlyContain(p => p.Message.IsComplete);
    }

    [Theory]
    [InlineData("\"default\": \"mn-12th-fyp-guidance\"", "\"default\": \"other\"", "CB5903")]
    [InlineData("\"mAtMost\": 3", "\"mAtMost\": 0.5", "CB5902")]
    [InlineData("\"mAtMost\": null, \"nAtMost\": null", "\"mAtMost\": 30, \"nAtMost\": 5", "CB5902")]
    [InlineData("\"status\": \"single-source\"", "\"status\": \"guess\"", "CB5902")]
    public void Each_defect_of_the_shipped_grades_is_named(string find, string replace, string code)
    {
        var text = Encoding.UTF8.GetString(Grades);
        text.Should().Contain(find);
        MnGradeCatalogReader.TryRead(Encoding.UTF8.GetBytes(text.Replace(find, replace, StringComparison.Ordinal)), out _, out var problems).Should().BeFalse();
        problems.Should().Contain(p => p.Code == code);
    }

    [Fact]
    public void Broken_grade_json_gives_a_diagnostic() =>
        MnGradeCatalogReader.TryRead("not json"u8, out _, out var problems).Should().BeFalse();

    [Fact]
    public void Defective_review_data_becomes_error_diagnostics_and_no_review_section()
    {
        var data = ReviewData.From("{"u8, Grades);
        data.Regimes.Should().BeNull();
        data.Problems.Should().ContainSingle(p => p.Code == "CB5901");
        var state = StateFactory.State();
        var diagnostics = new List<Carbon.Sdk.Diagnostics.Diagnostic>();
        var (_, review) = ReviewStage.Run(state, data, diagnostics);
        review.Should().BeNull();
        diagnostics.Should().Contain(d => d.Code == "CB5901");
    }

    [Fact]
    public void Unconfirmed_thresholds_and_measure_unit_defects_are_reported()
    {
        // Regimes as shipped, except: Order 31's 10000 tce threshold marked unconfirmed, and coal-t measured in kWh.
        var text = Encoding.UTF8.GetString(Regimes)
            .Replace("\"id\": \"order31.energy-10000\", \"measure\": \"energy-tce\", \"comparison\": \"at-least\", \"limit\": 10000, \"status\": \"single-source\"",
                "\"id\": \"order31.energy-10000\", \"measure\": \"energy-tce\", \"comparison\": \"at-least\", \"limit\": 10000, \"status\": \"unconfirmed\"", StringComparison.Ordinal)
            .Replace("\"id\": \"coal-t\",\n      \"name\": { \"zh\": \"年煤炭消费量\", \"en\": \"annual coal consumption\" },\n      \"unit\": \"t\"",
                "\"id\": \"coal-t\",\n      \"name\": { \"zh\": \"年煤炭消费量\", \"en\": \"annual coal consumption\" },\n      \"unit\": \"kWh\"", StringComparison.Ordinal);
        var data = ReviewData.From(Encoding.UTF8.GetBytes(text), Grades);
        data.Problems.Should().BeEmpty();
        data.Regimes!.Measure("coal-t").Unit.Should().Be("kWh");
        var state = StateFactory.State(StateFactory.CoalLine(28000, 20000));
        state = state with { Project = state.Project with { ReviewDate = new DateOnly(2025, 10, 15) } };
        var diagnostics = new List<Carbon.Sdk.Diagnostics.Diagnostic>();
        var (_, review) = ReviewStage.Run(state, data, diagnostics);
        review!.Tier.Should().Be("provincial");
        review.Reasons.Single(r => r.Threshold == "order31.energy-10000").Status.Should().Be("unconfirmed");
        diagnostics.Should().Contain(d => d.Code == "CB5004" && d.Message.En.Contains("order31.energy-10000", StringComparison.Ordinal));
        diagnostics.Should().Contain(d => d.Code == "CB5010" && d.Path == "/energy/0");
    }
}
