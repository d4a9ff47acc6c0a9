using Carbon.Plugins.Lime.Tests.Support;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Lime.Tests.Production;

/// <summary>Every diagnostic of lime.production, with its code, severity and JSON Pointer.</summary>
public class ProductionDiagnosticsTests
{
    private static Line HighCa(string amount = "100000 t") => Line.Production(amount).C("limeType", "high-calcium");

    private static Diagnostic SingleError(Carbon.Sdk.Activities.ActivityResult result)
    {
        result.Emissions.Should().BeEmpty();
        result.Indicators.Should().BeEmpty();
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Message.IsComplete.Should().BeTrue();
        return error;
    }

    [Fact]
    public void CB7201_unknown_method()
    {
        var d = SingleError(TestLime.Run(HighCa(), method: "tier-2"));
        d.Code.Should().Be("CB7201");
        d.Path.Should().Be("/options/methods/lime");
    }

    [Theory]
    [InlineData("ipcc-tier3")]
    [InlineData("china-limestone")]
    public void CB7202_carbonate_method_cannot_compute_production(string method)
    {
        var d = SingleError(TestLime.Run(HighCa(), method: method));
        d.Code.Should().Be("CB7202");
        d.Path.Should().Be(Line.Path);
        d.Message.En.Should().Contain("lime.carbonate-input");
    }

    [Fact]
    public void CB7203_amount_dimension()
    {
        var d = SingleError(TestLime.Run(Line.Production("100000 GJ").C("limeType", "high-calcium")));
        d.Code.Should().Be("CB7203");
        d.Path.Should().Be("/activities/0/amount");
    }

    [Fact]
    public void CB7204_negative_amount()
    {
        var d = SingleError(TestLime.Run(HighCa("-5 t")));
        d.Code.Should().Be("CB7204");
        d.Path.Should().Be("/activities/0/amount");
    }

    [Fact]
    public void CB7205_parameter_dimension()
    {
        var d = SingleError(TestLime.Run(HighCa().Q("oxideContent", "95 t")));
        d.Code.Should().Be("CB7205");
        d.Path.Should().Be(Line.P("oxideContent"));
    }

    [Theory]
    [InlineData("oxideContent", "120 %")]
    [InlineData("oxideContent", "0 %")]
    [InlineData("hydratedLimeShare", "-1 %")]
    public void CB7206_fraction_out_of_range(string name, string value)
    {
        var d = SingleError(TestLime.Run(HighCa().Q(name, value).Q("hydratedLimeWaterContent", "28 %").Q("hydratedLimeShare", name == "hydratedLimeShare" ? value : "10 %")));
        d.Code.Should().Be("CB7206");
        d.Path.Should().Be(Line.P(name));
    }

    [Fact]
    public void CB7206_lkd_correction_below_one()
    {
        var d = SingleError(TestLime.Run(HighCa().N("lkdCorrection", 0.98)));
        d.Code.Should().Be("CB7206");
        d.Path.Should().Be(Line.P("lkdCorrection"));
    }

    [Fact]
    public void CB7206_dust_data_with_zero_output()
    {
        var d = SingleError(TestLime.Run(HighCa("0 t").Q("lkdMass", "10 t").Q("lkdCarbonateFraction", "50 %").Q("lkdCalcinationFraction", "50 %")));
        d.Code.Should().Be("CB7206");
        d.Path.Should().Be("/activities/0/amount");
    }

    [Fact]
    public void CB7207_unknown_lime_type()
    {
        var d = SingleError(TestLime.Run(Line.Production("100 t").C("limeType", "quick")));
        d.Code.Should().Be("CB7207");
        d.Path.Should().Be(Line.P("limeType"));
        d.Message.En.Should().Contain("high-calcium, dolomitic, hydraulic");
    }

    [Fact]
    public void CB7208_missing_record()
    {
        var plugin = TestLime.Plugin();
        var context = TestCalculationContext.Empty();
        var result = plugin.GetCalculator("lime.production")!.Calculate(HighCa(), context);

        // SR, content, printed EF and CF_lkd are each reported missing.
        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Should().HaveCount(4).And.OnlyContain(d => d.Code == "CB7208" && d.Path == Line.Path && d.Severity == DiagnosticSeverity.Error);
        result.Diagnostics.Select(d => d.Message.En).Should().Contain(m => m.Contains("subject = lime.high-calcium, parameter = stoichiometric-ratio"));
    }

    [Fact]
    public void CB7210_tier2_needs_lime_type()
    {
        var d = SingleError(TestLime.Run(Line.Production("100 t")));
        d.Code.Should().Be("CB7210");
        d.Path.Should().Be(Line.P("limeType"));
    }

    [Theory]
    [InlineData("ipcc-tier1")]
    [InlineData("ipcc-tier2")]
    public void CB7211_dolomitic_needs_technology(string method)
    {
        var d = SingleError(TestLime.Run(Line.Production("100 t").C("limeType", "dolomitic"), method: method));
        d.Code.Should().Be("CB7211");
        d.Path.Should().Be(Line.P("technology"));
    }

    [Theory]
    [InlineData("high-calcium")]
    [InlineData(null)]
    public void CB7212_technology_only_for_dolomitic(string? type)
    {
        var line = Line.Production("100 t").C("technology", "developed");
        if (type is not null)
        {
            line.C("limeType", type);
        }

        var d = SingleError(TestLime.Run(line));
        d.Code.Should().Be("CB7212");
        d.Path.Should().Be(Line.P("technology"));
    }

    [Fact]
    public void CB7213_tier2_parameters_under_tier1_each_reported()
    {
        var result = TestLime.Run(HighCa().Q("oxideContent", "92 %").N("lkdCorrection", 1.01), method: "ipcc-tier1");

        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Select(d => (d.Code, d.Path)).Should().BeEquivalentTo(new[]
        {
            ("CB7213", Line.P("oxideContent")),
            ("CB7213", Line.P("lkdCorrection")),
        });
    }

    [Fact]
    public void CB7215_water_content_without_share()
    {
        var d = SingleError(TestLime.Run(HighCa().Q("hydratedLimeWaterContent", "28 %")));
        d.Code.Should().Be("CB7215");
        d.Path.Should().Be(Line.P("hydratedLimeWaterContent"));
    }

    [Fact]
    public void CB7216_lkd_factor_and_dust_data_conflict()
    {
        var d = SingleError(TestLime.Run(HighCa().N("lkdCorrection", 1.01).Q("lkdMass", "100 t")));
        d.Code.Should().Be("CB7216");
        d.Path.Should().Be(Line.P("lkdCorrection"));
    }

    [Fact]
    public void CB7217_incomplete_dust_data_names_each_missing_parameter()
    {
        var result = TestLime.Run(HighCa().Q("lkdMass", "100 t"));

        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Select(d => (d.Code, d.Path)).Should().BeEquivalentTo(new[]
        {
            ("CB7217", Line.P("lkdCarbonateFraction")),
            ("CB7217", Line.P("lkdCalcinationFraction")),
        });
    }

    [Fact]
    public void CB7224_record_override_that_is_not_a_ratio()
    {
        var bad = new FactorRecord
        {
            Id = "override.lkd",
            Subject = "lime.lkd",
            Parameter = "correction-factor",
            Value = 1.02,
            Unit = "t",
            Source = new SourceCitation("test override"),
            Status = DataStatus.ProjectSupplied,
        };

        var d = SingleError(TestLime.Run(HighCa(), overrides: [bad]));
        d.Code.Should().Be("CB7224");
        d.Message.En.Should().Contain("override.lkd");
    }

    [Fact]
    public void Project_override_of_a_record_wins_and_is_traced()
    {
        var measured = new FactorRecord
        {
            Id = "project.lkd",
            Subject = "lime.lkd",
            Parameter = "correction-factor",
            Value = 1.01,
            Unit = "1",
            Source = new SourceCitation("plant measurement"),
            Status = DataStatus.ProjectSupplied,
        };

        var result = TestLime.Run(HighCa(), overrides: [measured]);

        // 100 000 × 0.74575 × 1.01 = 75 320.75 t CO2
        result.Co2().Should().BeApproximately(75_320.75, 1e-9 * 75_320.75);
        result.Emissions.Single().Trace.Factors.Should().Contain(f => f.Id == "project.lkd" && f.Status == DataStatus.ProjectSupplied);
    }

    [Fact]
    public void CB7240_states_that_no_national_limit_is_confirmed()
    {
        var result = TestLime.Run(HighCa());

        var info = result.Diagnostics.Single(d => d.Code == "CB7240");
        info.Severity.Should().Be(DiagnosticSeverity.Info);
        info.Message.En.Should().Contain("No national lime energy-consumption limit").And.Contain("energy.md §5.1");
        result.Facts.Should().ContainSingle(f => f.Key == "lime.national-energy-limit").Which.Value.Text.Should().Be("none-confirmed");
    }
}
