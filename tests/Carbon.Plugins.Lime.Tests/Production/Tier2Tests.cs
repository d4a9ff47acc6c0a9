using Carbon.Plugins.Lime.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Lime.Tests.Production;

/// <summary>lime.production under ipcc-tier2 (the default): CO2 = M × SR × content × C_h × CF_lkd.</summary>
public class Tier2Tests
{
    [Fact]
    public void High_calcium_quicklime_matches_the_derived_test_vector()
    {
        var result = TestLime.Run(Line.Production("100000 t").C("limeType", "high-calcium"));

        // 100 000 t × 0.785 × 0.95 × 1.02 = 100 000 × 0.74575 × 1.02 = 76 066.5 t CO2
        // (ghg-methods.md §6.2 [D]; SR 0.785, CaO 0.95 and CF_lkd 1.02 from Table 2.4 / §2.1 [C]).
        result.Co2().Should().BeApproximately(76_066.5, 1e-9 * 76_066.5);
        result.Methodology.Should().Be("ipcc-tier2");
        var emission = result.Emissions.Single();
        emission.Source.Should().Be(EmissionSources.Process);
        emission.Gas.Should().Be(Gas.CO2);
        emission.Trace.Factors.Select(f => f.Id).Should().BeEquivalentTo(
            "ipcc2006.lime.high-calcium.stoichiometric-ratio",
            "ipcc2006.lime.high-calcium.oxide-content",
            "ipcc2006.lime.high-calcium.default-ef",
            "ipcc2006.lime.lkd.correction-factor");
        emission.Trace.UsesUnconfirmed.Should().BeFalse();
        emission.Trace.Inputs.Should().ContainSingle(i => i.Name == "M" && i.Value == 100_000 && i.Origin == InputOrigin.Project && i.Path == "/activities/0/amount");
        emission.Trace.Note!.En.Should().Contain("0.74575").And.Contain("CF_lkd: IPCC default 1.02");
        result.Diagnostics.Should().NotContain(d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Hydrated_lime_correction_with_project_water_content()
    {
        var result = TestLime.Run(Line.Production("100000 t").C("limeType", "high-calcium").Q("hydratedLimeShare", "10 %").Q("hydratedLimeWaterContent", "28 %"));

        // C_h = 1 − 0.10 × 0.28 = 0.972 (ghg-methods.md §6.2 [D]; here y is the project's own value, not the unconfirmed default)
        // 100 000 × 0.74575 × 0.972 × 1.02 = 74 575 × 0.972 = 72 486.9; × 1.02 = 73 936.638 t CO2
        result.Co2().Should().BeApproximately(73_936.638, 1e-9 * 73_936.638);
        var trace = result.Emissions.Single().Trace;
        trace.Inputs.Single(i => i.Name == "C_h").Value.Should().BeApproximately(0.972, 1e-12);
        trace.Inputs.Single(i => i.Name == "y").Origin.Should().Be(InputOrigin.Project);
        trace.UsesUnconfirmed.Should().BeFalse();
        result.Codes().Should().NotContain("CB7219");
    }

    [Fact]
    public void Hydrated_lime_without_water_content_is_refused_by_default()
    {
        var result = TestLime.Run(Line.Production("100000 t").C("limeType", "high-calcium").Q("hydratedLimeShare", "10 %"));

        result.Emissions.Should().BeEmpty();
        var d = result.Diagnostics.Single();
        d.Code.Should().Be("CB7214");
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.Path.Should().Be(Line.P("hydratedLimeWaterContent"));
        d.Message.Zh.Should().Contain("0.28");
        d.Message.En.Should().Contain("AllowUnconfirmedDefaults");
    }

    [Fact]
    public void Unconfirmed_water_content_default_is_used_only_when_allowed_and_then_warned()
    {
        var result = TestLime.Run(Line.Production("100000 t").C("limeType", "high-calcium").Q("hydratedLimeShare", "10 %"), allowUnconfirmed: true);

        // Same arithmetic as above with the unconfirmed default y = 0.28: 73 936.638 t CO2 (not an oracle for y itself,
        // only for the arithmetic 1 − 0.1 × 0.28 = 0.972).
        result.Co2().Should().BeApproximately(73_936.638, 1e-9 * 73_936.638);
        var trace = result.Emissions.Single().Trace;
        trace.UsesUnconfirmed.Should().BeTrue();
        trace.Factors.Should().Contain(f => f.Id == "ipcc2006.lime.hydrated.water-content" && f.Status == DataStatus.Unconfirmed);
        trace.Note!.En.Should().Contain("UNCONFIRMED");
        var warning = result.Diagnostics.Single(x => x.Code == "CB7219");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Path.Should().Be(Line.P("hydratedLimeWaterContent"));
        warning.Message.En.Should().Contain("ipcc2006.lime.hydrated.water-content").And.Contain("0.28");
    }

    [Fact]
    public void Lkd_correction_from_dust_data()
    {
        var result = TestLime.Run(Line.Production("100000 t").C("limeType", "high-calcium")
            .Q("lkdMass", "4000 t").Q("lkdCarbonateFraction", "50 %").Q("lkdCalcinationFraction", "60 %"));

        // CF_lkd = 1 + (4 000 / 100 000) × 0.5 × 0.6 = 1 + 0.04 × 0.3 = 1.012 (form of ghg-methods.md §2.1, S1 [S])
        // CO2 = 100 000 × 0.74575 × 1.012 = 75 469.9 t
        result.Co2().Should().BeApproximately(75_469.9, 1e-9 * 75_469.9);
        var trace = result.Emissions.Single().Trace;
        trace.Inputs.Single(i => i.Name == "CF_lkd").Should().Match<TraceInput>(i => Math.Abs(i.Value - 1.012) < 1e-12 && i.Origin == InputOrigin.Derived);
        trace.Formula.Should().Contain("CF_lkd = 1 + (M_d / M) × C_d × F_d");
        trace.Factors.Should().NotContain(f => f.Id == "ipcc2006.lime.lkd.correction-factor");
    }

    [Fact]
    public void Lkd_correction_given_directly()
    {
        var result = TestLime.Run(Line.Production("100000 t").C("limeType", "high-calcium").N("lkdCorrection", 1.015));

        // 100 000 × 0.74575 × 1.015 = 75 693.625 t CO2
        result.Co2().Should().BeApproximately(75_693.625, 1e-9 * 75_693.625);
        result.Emissions.Single().Trace.Inputs.Single(i => i.Name == "CF_lkd").Origin.Should().Be(InputOrigin.Project);
    }

    [Fact]
    public void Measured_content_replaces_the_default_and_hides_the_printed_comparison()
    {
        var result = TestLime.Run(Line.Production("100000 t").C("limeType", "high-calcium").Q("oxideContent", "92 %"));

        // 0.785 × 0.92 = 0.7222; 100 000 × 0.7222 × 1.02 = 73 664.4 t CO2
        result.Co2().Should().BeApproximately(73_664.4, 1e-9 * 73_664.4);
        result.Indicator("lime.ef.computed").Value.Should().BeApproximately(0.7222, 1e-12);
        result.Indicators.Should().NotContain(i => i.Id == "lime.ef.printed");
        result.Emissions.Single().Trace.Inputs.Single(i => i.Name == "content").Should().Match<TraceInput>(i => i.Origin == InputOrigin.Project && i.Path == Line.P("oxideContent"));
    }

    [Fact]
    public void Dolomitic_measured_content_needs_no_technology()
    {
        var result = TestLime.Run(Line.Production("10000 t").C("limeType", "dolomitic").Q("oxideContent", "90 %"));

        // 0.913 × 0.90 = 0.8217; 10 000 × 0.8217 × 1.02 = 8 381.34 t CO2
        result.Co2().Should().BeApproximately(8_381.34, 1e-9 * 8_381.34);
    }

    [Fact]
    public void Dolomitic_developed_and_hydraulic_rows()
    {
        // 0.913 × 0.95 = 0.86735 (Table 2.4 prints 0.86); 10 000 × 0.86735 × 1.02 = 8 846.97 t CO2
        var developed = TestLime.Run(Line.Production("10000 t").C("limeType", "dolomitic").C("technology", "developed"));
        developed.Co2().Should().BeApproximately(8_846.97, 1e-9 * 8_846.97);
        developed.Indicator("lime.ef.printed").Value.Should().Be(0.86);

        // 0.785 × 0.75 = 0.58875 (Table 2.4 prints 0.59); 10 000 × 0.58875 × 1.02 = 6 005.25 t CO2
        var hydraulic = TestLime.Run(Line.Production("10000 t").C("limeType", "hydraulic"));
        hydraulic.Co2().Should().BeApproximately(6_005.25, 1e-9 * 6_005.25);
        hydraulic.Indicator("lime.ef.computed").Value.Should().BeApproximately(0.58875, 1e-12);
        hydraulic.Indicator("lime.ef.printed").Value.Should().Be(0.59);
    }

    [Fact]
    public void Zero_output_gives_zero_emissions()
    {
        var result = TestLime.Run(Line.Production("0 t").C("limeType", "high-calcium"));

        result.Co2().Should().Be(0);
    }
}
