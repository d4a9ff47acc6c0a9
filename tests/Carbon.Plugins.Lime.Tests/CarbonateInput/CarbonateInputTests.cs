using Carbon.Plugins.Lime.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Lime.Tests.CarbonateInput;

/// <summary>lime.carbonate-input: IPCC Tier 3 and the Chinese limestone form, with and without the lost-dust deduction.</summary>
public class CarbonateInputTests
{
    private static Line Calcite() => Line.CarbonateInput("150000 t").C("carbonate", "calcite").Q("calcinationFraction", "98 %");

    private static Line WithDust(Line line) => line.Q("lostDustMass", "3000 t").Q("lostDustCarbonateFraction", "40 %").Q("lostDustCalcinationFraction", "70 %");

    [Fact]
    public void Tier3_without_dust()
    {
        var result = TestLime.Run(Calcite());

        // 150 000 t CaCO3 × 0.43971 (Table 2.1 [S]) × 0.98 = 65 956.5 × 0.98 = 64 637.37 t CO2
        result.Co2().Should().BeApproximately(64_637.37, 1e-9 * 64_637.37);
        result.Methodology.Should().Be("ipcc-tier3");
        var trace = result.Emissions.Single().Trace;
        trace.Formula.Should().Be("CO2 = M × EF × F");
        trace.Factors.Should().ContainSingle().Which.Should().Match<FactorReference>(f => f.Id == "ipcc2006.carbonate.calcite.co2-factor" && f.Value == 0.43971 && f.Status == DataStatus.SingleSource);
        trace.Inputs.Single(i => i.Name == "F").Should().Match<TraceInput>(i => i.Origin == InputOrigin.Project && i.Path == Line.P("calcinationFraction"));
        trace.Note!.En.Should().Contain("No lost-dust deduction");
    }

    [Fact]
    public void Tier3_with_dust_deduction()
    {
        var result = TestLime.Run(WithDust(Calcite()));

        // Dust term: 3 000 × 0.40 × (1 − 0.70) × 0.43971 = 360 × 0.43971 = 158.2956 t CO2
        // Net: 64 637.37 − 158.2956 = 64 479.0744 t CO2 (IPCC Tier 3 form, ghg-methods.md §2.1 / §1.1 Eq. 2.3)
        result.Co2().Should().BeApproximately(64_479.0744, 1e-9 * 64_479.0744);
        var trace = result.Emissions.Single().Trace;
        trace.Formula.Should().Be("CO2 = M × EF × F − M_d × C_d × (1 − F_d) × EF_d");
        trace.Inputs.Single(i => i.Name == "D").Value.Should().BeApproximately(158.2956, 1e-9 * 158.2956);
        trace.Note!.En.Should().Contain("taken as the line's carbonate");
    }

    [Fact]
    public void Limestone_form_of_chinese_practice()
    {
        var result = TestLime.Run(Line.CarbonateInput("180000 t").C("carbonate", "calcite").Q("carbonateContent", "96 %").Q("calcinationFraction", "98 %"));

        // 180 000 t limestone × 0.96 CaCO3 × 0.98 decomposition × 0.43971 = 169 344 × 0.43971 = 74 462.25024 t CO2
        result.Co2().Should().BeApproximately(74_462.25024, 1e-9 * 74_462.25024);
        result.Methodology.Should().Be("china-limestone");
        result.Emissions.Single().Trace.Formula.Should().Be("CO2 = M × PUR × F × EF");
    }

    [Fact]
    public void Dolomite_and_magnesite_factors()
    {
        // 10 000 t CaMg(CO3)2 × 0.47732 × 1.0 = 4 773.2 t CO2 (Table 2.1 [S])
        TestLime.Run(Line.CarbonateInput("10000 t").C("carbonate", "dolomite").Q("calcinationFraction", "100 %")).Co2()
            .Should().BeApproximately(4_773.2, 1e-9 * 4_773.2);

        // 10 000 t MgCO3 × 0.52197 × 0.9 = 4 697.73 t CO2 (Table 2.1 [S])
        TestLime.Run(Line.CarbonateInput("10000 t").C("carbonate", "magnesite").Q("calcinationFraction", "90 %")).Co2()
            .Should().BeApproximately(4_697.73, 1e-9 * 4_697.73);
    }

    [Fact]
    public void Dust_of_another_carbonate_uses_its_own_factor()
    {
        var result = TestLime.Run(WithDust(Line.CarbonateInput("10000 t").C("carbonate", "dolomite").Q("calcinationFraction", "100 %")).C("lostDustCarbonate", "calcite"));

        // 4 773.2 − 3 000 × 0.40 × 0.30 × 0.43971 = 4 773.2 − 158.2956 = 4 614.9044 t CO2
        result.Co2().Should().BeApproximately(4_614.9044, 1e-9 * 4_614.9044);
        result.Emissions.Single().Trace.Factors.Select(f => f.Id).Should().BeEquivalentTo(
            "ipcc2006.carbonate.dolomite.co2-factor", "ipcc2006.carbonate.calcite.co2-factor");
    }

    [Fact]
    public void CB7209_required_parameters()
    {
        var result = TestLime.Run(Line.CarbonateInput("100 t"));

        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Select(d => (d.Code, d.Path)).Should().BeEquivalentTo(new[]
        {
            ("CB7209", Line.P("carbonate")),
            ("CB7209", Line.P("calcinationFraction")),
        });
    }

    [Fact]
    public void CB7207_unknown_carbonate()
    {
        var result = TestLime.Run(Line.CarbonateInput("100 t").C("carbonate", "siderite").Q("calcinationFraction", "98 %"));

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "CB7207" && d.Path == Line.P("carbonate"));
    }

    [Fact]
    public void CB7203_amount_dimension()
    {
        var result = TestLime.Run(Line.CarbonateInput("100 m3").C("carbonate", "calcite").Q("calcinationFraction", "98 %"));

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB7203");
    }

    [Fact]
    public void CB7205_dust_mass_dimension()
    {
        var result = TestLime.Run(Calcite().Q("lostDustMass", "3000 m3").Q("lostDustCarbonateFraction", "40 %").Q("lostDustCalcinationFraction", "70 %"));

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "CB7205" && d.Path == Line.P("lostDustMass"));
    }

    [Fact]
    public void CB7221_incomplete_dust_data()
    {
        var result = TestLime.Run(Calcite().Q("lostDustMass", "3000 t"));

        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Select(d => (d.Code, d.Path)).Should().BeEquivalentTo(new[]
        {
            ("CB7221", Line.P("lostDustCarbonateFraction")),
            ("CB7221", Line.P("lostDustCalcinationFraction")),
        });
    }

    [Fact]
    public void CB7221_dust_carbonate_alone()
    {
        var result = TestLime.Run(Calcite().C("lostDustCarbonate", "calcite"));

        result.Diagnostics.Should().HaveCount(3).And.OnlyContain(d => d.Code == "CB7221");
    }

    [Fact]
    public void CB7222_dust_deduction_larger_than_gross()
    {
        var result = TestLime.Run(Line.CarbonateInput("100 t").C("carbonate", "calcite").Q("calcinationFraction", "10 %")
            .Q("lostDustMass", "1000 t").Q("lostDustCarbonateFraction", "90 %").Q("lostDustCalcinationFraction", "0 %"));

        // gross 100 × 0.43971 × 0.1 = 4.3971; dust 1 000 × 0.9 × 1 × 0.43971 = 395.739 > gross
        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "CB7222" && d.Path == Line.P("lostDustMass") && d.Message.En.Contains("395.739"));
    }

    [Theory]
    [InlineData("ipcc-tier1")]
    [InlineData("ipcc-tier2")]
    public void CB7223_production_method_noted_on_carbonate_lines(string method)
    {
        var result = TestLime.Run(Calcite(), method: method);

        result.Co2().Should().BeApproximately(64_637.37, 1e-9 * 64_637.37);
        var info = result.Diagnostics.Single(d => d.Code == "CB7223");
        info.Severity.Should().Be(DiagnosticSeverity.Info);
        info.Path.Should().Be("/options/methods/lime");
    }

    [Fact]
    public void CB7201_unknown_method_on_carbonate_lines()
    {
        var result = TestLime.Run(Calcite(), method: "tier3");

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB7201");
    }

    [Fact]
    public void Carbonate_lines_state_the_empty_benchmark_slot()
    {
        var result = TestLime.Run(Calcite(), method: "ipcc-tier3");

        result.Codes().Should().Equal("CB7240");
        result.Facts.Should().ContainSingle(f => f.Key == "lime.national-energy-limit");
    }
}
