using Carbon.Plugins.Cement.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Cement.Tests;

/// <summary>IPCC 2006 Tiers 1–3 for cement.clinker.</summary>
public class ClinkerIpccTests
{
    private static Line Clinker() => Line.Of("cement.clinker", "1000000 t");

    [Fact]
    public void Tier2_with_the_default_ckd_factor_gives_the_ghg_6_2_vector()
    {
        var result = Calc.Run(Clinker().Q("caoFraction", "65 %"), "ipcc-tier2");

        // EF_cl = 0.65 × 0.7848 = 0.51012; × CF_ckd 1.02 = 0.5203224;
        // 1 000 000 t × 0.5203224 = 520 322.4 t CO2 (ghg-methods.md §6.2 [D]; 0.7848 [S], 1.02 [C]).
        result.Methodology.Should().Be("ipcc-tier2");
        result.Total().Should().BeApproximately(520_322.4, 1e-9 * 520_322.4);
        var info = result.Single("CB7112");
        info.Severity.Should().Be(DiagnosticSeverity.Info);
        var trace = result.Emissions[0].Trace;
        trace.Factors.Select(f => f.Id).Should().Equal("cement.ipcc2006.co2-per-cao", "cement.ipcc2006.ckd-correction-default");
        trace.Factors.Single(f => f.Id == "cement.ipcc2006.co2-per-cao").Status.Should().Be(DataStatus.SingleSource);
        trace.Inputs.Should().Contain(i => i.Name == "CF_ckd" && i.Value == 1.02 && i.Origin == InputOrigin.Default);
        trace.Note!.En.Should().Contain("Default CKD correction factor");
        result.Indicators.Single().Value.Should().BeApproximately(0.5203224, 1e-12);
    }

    [Fact]
    public void Tier2_with_a_measured_ckd_factor_uses_it()
    {
        var result = Calc.Run(Clinker().Q("caoFraction", "65 %").N("ckdCorrectionFactor", 1.01), "ipcc-tier2");

        // 1 000 000 × 0.65 × 0.7848 × 1.01 = 515 221.2 t CO2.
        result.Total().Should().BeApproximately(515_221.2, 1e-9 * 515_221.2);
        result.Codes().Should().NotContain("CB7112");
        result.Emissions[0].Trace.Inputs.Should().Contain(i => i.Name == "CF_ckd" && i.Origin == InputOrigin.Project && i.Path == "/activities/0/parameters/ckdCorrectionFactor");
    }

    [Fact]
    public void Tier2_ckd_factor_below_one_is_out_of_range()
    {
        var result = Calc.Run(Clinker().Q("caoFraction", "65 %").N("ckdCorrectionFactor", 0.98), "ipcc-tier2");

        result.Emissions.Should().BeEmpty();
        result.Single("CB7105").Path.Should().Be("/activities/0/parameters/ckdCorrectionFactor");
    }

    [Fact]
    public void Tier2_ckd_correction_from_dust_data_follows_eq_2_4()
    {
        var result = Calc.Run(
            Clinker().Q("caoFraction", "65 %").Q("ckdLost", "20000 t").Q("ckdCarbonateFraction", "50 %").Q("ckdCalcinationFraction", "100 %"),
            "ipcc-tier2");

        // Eq. 2.4: CF_ckd = 1 + (20 000 / 1 000 000) × 0.5 × 1.0 × (0.43971 / 0.51012)
        //        = 1 + 0.01 × 0.8619736… = 1.0086197 (ghg-methods.md §6.2 [D]);
        // E = 1 000 000 × 0.51012 × 1.0086197… = 510 120 + 20 000 × 0.5 × 1.0 × 0.43971 = 514 517.1 t CO2.
        result.Total().Should().BeApproximately(514_517.1, 1e-9 * 514_517.1);
        var trace = result.Emissions[0].Trace;
        trace.Inputs.Single(i => i.Name == "CF_ckd").Value.Should().BeApproximately(1.0086197, 1e-7);
        trace.Factors.Select(f => f.Id).Should().Contain("cement.ipcc2006.carbonate-ef.calcite");
        trace.Formula.Should().Contain("CF_ckd = 1 + (M_d / M_cl) × C_d × F_d × (EF_c / EF_cl)");
        trace.Note!.En.Should().Contain("taken as calcite");
        result.Codes().Should().NotContain("CB7112");
    }

    [Fact]
    public void Tier2_dust_data_with_a_named_carbonate_uses_its_factor()
    {
        var result = Calc.Run(
            Clinker().Q("caoFraction", "65 %").Q("ckdLost", "20000 t").Q("ckdCarbonateFraction", "50 %").Q("ckdCalcinationFraction", "100 %").C("ckdCarbonate", "dolomite"),
            "ipcc-tier2");

        // E = 510 120 + 20 000 × 0.5 × 1.0 × 0.47732 (dolomite, IPCC Table 2.1 [S]) = 510 120 + 4 773.2 = 514 893.2 t CO2.
        result.Total().Should().BeApproximately(514_893.2, 1e-9 * 514_893.2);
        result.Emissions[0].Trace.Note!.En.Should().Contain("dolomite (given)");
    }

    [Fact]
    public void Tier2_incomplete_dust_data_is_an_error_naming_what_is_missing()
    {
        var result = Calc.Run(Clinker().Q("caoFraction", "65 %").Q("ckdLost", "20000 t"), "ipcc-tier2");

        result.Emissions.Should().BeEmpty();
        var error = result.Single("CB7113");
        error.Path.Should().Be("/activities/0/parameters/ckdCarbonateFraction");
        error.Message.En.Should().Contain("ckdCarbonateFraction, ckdCalcinationFraction");
    }

    [Fact]
    public void Tier2_measured_factor_and_dust_data_together_conflict()
    {
        var result = Calc.Run(
            Clinker().Q("caoFraction", "65 %").N("ckdCorrectionFactor", 1.02).Q("ckdLost", "20000 t").Q("ckdCarbonateFraction", "50 %").Q("ckdCalcinationFraction", "100 %"),
            "ipcc-tier2");

        result.Emissions.Should().BeEmpty();
        result.Single("CB7113").Path.Should().Be("/activities/0/parameters/ckdCorrectionFactor");
    }

    [Fact]
    public void Tier2_eq_2_4_with_zero_clinker_is_an_error_not_a_division_by_zero()
    {
        var result = Calc.Run(
            Line.Of("cement.clinker", "0 t").Q("caoFraction", "65 %").Q("ckdLost", "20000 t").Q("ckdCarbonateFraction", "50 %").Q("ckdCalcinationFraction", "100 %"),
            "ipcc-tier2");

        result.Emissions.Should().BeEmpty();
        result.Single("CB7124").Path.Should().Be("/activities/0/amount");
    }

    [Fact]
    public void Tier2_missing_cao_is_an_error()
    {
        var result = Calc.Run(Clinker(), "ipcc-tier2");

        result.Emissions.Should().BeEmpty();
        result.Single("CB7103").Message.En.Should().Contain("ipcc-tier1");
    }

    [Fact]
    public void Tier2_reports_the_mgo_and_non_carbonate_inputs_it_does_not_use()
    {
        var result = Calc.Run(
            Clinker().Q("caoFraction", "65 %").Q("nonCarbonateCaoFraction", "1 %").Q("mgoFraction", "2 %"),
            "ipcc-tier2");

        // Still 520 322.4 t (Tier 2 uses CaO only).
        result.Total().Should().BeApproximately(520_322.4, 1e-9 * 520_322.4);
        result.Diagnostics.Where(d => d.Code == "CB7108").Select(d => d.Path).Should().Equal(
            "/activities/0/parameters/mgoFraction", "/activities/0/parameters/nonCarbonateCaoFraction");
    }

    [Fact]
    public void Tier1_uses_the_default_0_52_with_a_warning_and_a_note()
    {
        var result = Calc.Run(Clinker(), "ipcc-tier1");

        // 1 000 000 t × 0.52 = 520 000 t CO2 (IPCC 2006 default EF_clc 0.52 [C], ghg-methods.md §1.1).
        result.Methodology.Should().Be("ipcc-tier1");
        result.Total().Should().BeApproximately(520_000, 1e-9 * 520_000);
        var warning = result.Single("CB7110");
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Message.En.Should().Contain("0.52");
        var trace = result.Emissions[0].Trace;
        trace.Note!.En.Should().Contain("default");
        trace.Factors.Should().ContainSingle(f => f.Id == "cement.ipcc2006.clinker-ef-default" && f.Value == 0.52 && f.Status == DataStatus.Confirmed);
    }

    [Fact]
    public void Tier1_reports_composition_it_ignores()
    {
        var result = Calc.Run(Clinker().Q("caoFraction", "65 %"), "ipcc-tier1");

        result.Single("CB7108").Path.Should().Be("/activities/0/parameters/caoFraction");
    }

    [Fact]
    public void Tier3_sums_carbonates_and_deducts_uncalcined_ckd()
    {
        var result = Calc.Run(
            Clinker()
                .J("carbonates", """[{"carbonate":"calcite","mass":"100万 t","calcinationFraction":"100 %"},{"carbonate":"dolomite","mass":"50000 t","calcinationFraction":1}]""")
                .Q("ckdLost", "20000 t").Q("ckdCarbonateFraction", "50 %").Q("ckdCalcinationFraction", "50 %"),
            "ipcc-tier3");

        // Eq. 2.3 with IPCC Table 2.1 factors [S]:
        // calcite 1 000 000 × 0.43971 × 1.0 = 439 710; dolomite 50 000 × 0.47732 × 1.0 = 23 866;
        // CKD deduction 20 000 × 0.5 × (1 − 0.5) × 0.43971 = 2 198.55;
        // E = 439 710 + 23 866 − 2 198.55 = 461 377.45 t CO2.
        result.Methodology.Should().Be("ipcc-tier3");
        result.Total().Should().BeApproximately(461_377.45, 1e-9 * 461_377.45);
        var trace = result.Emissions[0].Trace;
        trace.Inputs.Should().Contain(i => i.Name == "M_1 (calcite)" && i.Value == 1_000_000 && i.Path == "/activities/0/parameters/carbonates/0/mass");
        trace.Inputs.Should().Contain(i => i.Name == "CKD deduction" && Math.Abs(i.Value - 2_198.55) < 1e-9);
        trace.Factors.Select(f => f.Id).Should().BeEquivalentTo("cement.ipcc2006.carbonate-ef.calcite", "cement.ipcc2006.carbonate-ef.dolomite");
        // 461 377.45 / 1 000 000 t clinker = 0.46137745 t/t.
        result.Indicators.Single().Value.Should().BeApproximately(0.46137745, 1e-12);
    }

    [Fact]
    public void Tier3_with_ankerite_warns_that_the_factor_is_unconfirmed()
    {
        var result = Calc.Run(Clinker().J("carbonates", """[{"carbonate":"ankerite","mass":"1000 t","calcinationFraction":"100 %"}]"""), "ipcc-tier3");

        // 1 000 t × 0.44197 (UNCONFIRMED S1 value) × 1.0 = 441.97 t CO2.
        result.Total().Should().BeApproximately(441.97, 1e-9 * 441.97);
        var warning = result.Single("CB7116");
        warning.Path.Should().Be("/activities/0/parameters/carbonates/0/carbonate");
        result.Emissions[0].Trace.UsesUnconfirmed.Should().BeTrue();
    }

    [Theory]
    [InlineData("""[]""", "/activities/0/parameters/carbonates")]
    [InlineData("""{"carbonate":"calcite"}""", "/activities/0/parameters/carbonates")]
    [InlineData("""[{"carbonate":"chalk","mass":"1 t","calcinationFraction":1}]""", "/activities/0/parameters/carbonates/0/carbonate")]
    [InlineData("""[{"carbonate":"calcite","mass":1000,"calcinationFraction":1}]""", "/activities/0/parameters/carbonates/0/mass")]
    [InlineData("""[{"carbonate":"calcite","mass":"1000 kWh","calcinationFraction":1}]""", "/activities/0/parameters/carbonates/0/mass")]
    [InlineData("""[{"carbonate":"calcite","mass":"1000 t"}]""", "/activities/0/parameters/carbonates/0/calcinationFraction")]
    [InlineData("""[{"carbonate":"calcite","mass":"1000 t","calcinationFraction":"120 %"}]""", "/activities/0/parameters/carbonates/0/calcinationFraction")]
    [InlineData("""[{"carbonate":"calcite","mass":"1000 t","calcinationFraction":1,"purity":0.9}]""", "/activities/0/parameters/carbonates/0/purity")]
    [InlineData("""[3]""", "/activities/0/parameters/carbonates/0")]
    public void Tier3_invalid_carbonate_lists_are_errors_at_the_item(string json, string path)
    {
        var result = Calc.Run(Clinker().J("carbonates", json), "ipcc-tier3");

        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Code == "CB7119" && d.Path == path && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Tier3_without_carbonates_is_an_error()
    {
        var result = Calc.Run(Clinker(), "ipcc-tier3");

        result.Single("CB7103").Path.Should().Be("/activities/0/parameters/carbonates");
    }

    [Fact]
    public void Tier3_deduction_larger_than_the_carbonates_is_an_error()
    {
        var result = Calc.Run(
            Clinker().J("carbonates", """[{"carbonate":"calcite","mass":"100 t","calcinationFraction":"100 %"}]""")
                .Q("ckdLost", "20000 t").Q("ckdCarbonateFraction", "50 %").Q("ckdCalcinationFraction", "0 %"),
            "ipcc-tier3");

        // 100 × 0.43971 − 20 000 × 0.5 × 1 × 0.43971 = 43.971 − 4 397.1 < 0.
        result.Emissions.Should().BeEmpty();
        result.Single("CB7123");
    }

    [Fact]
    public void A_missing_factor_record_is_an_error_not_a_crash()
    {
        var input = Clinker().Build();
        var result = Calc.Plugin.GetCalculator("cement.clinker")!.Calculate(input, TestCalculationContext.Over(null, "ipcc-tier1"));

        result.Emissions.Should().BeEmpty();
        var error = result.Single("CB7115");
        error.Message.En.Should().Contain("ef-tier1-default");
    }

    [Fact]
    public void A_project_override_of_the_default_wins_and_is_traced()
    {
        var over = Calc.Plugin.DataSets[0].Records.Single(r => r.Id == "cement.ipcc2006.clinker-ef-default") with
        {
            Id = "project.clinker-ef",
            Value = 0.5,
            Status = DataStatus.ProjectSupplied,
        };
        var result = Calc.Plugin.GetCalculator("cement.clinker")!.Calculate(Clinker(), TestCalculationContext.Over(Calc.Plugin.DataSets[0], "ipcc-tier1", [over]));

        // 1 000 000 t × 0.5 (project value) = 500 000 t CO2.
        result.Total().Should().BeApproximately(500_000, 1e-9 * 500_000);
        result.Emissions[0].Trace.Factors.Single().Id.Should().Be("project.clinker-ef");
        result.Emissions[0].Trace.Inputs.Single(i => i.Name == "EF_clc").Origin.Should().Be(InputOrigin.Project);
    }

    [Fact]
    public void An_override_with_a_dimensioned_unit_is_refused()
    {
        var over = Calc.Plugin.DataSets[0].Records.Single(r => r.Id == "cement.ipcc2006.clinker-ef-default") with { Id = "project.bad", Unit = "t" };
        var result = Calc.Plugin.GetCalculator("cement.clinker")!.Calculate(Clinker(), TestCalculationContext.Over(Calc.Plugin.DataSets[0], "ipcc-tier1", [over]));

        result.Single("CB7115");
        result.Emissions.Should().BeEmpty();
    }
}
