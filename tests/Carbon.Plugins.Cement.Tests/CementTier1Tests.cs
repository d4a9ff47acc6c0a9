using Carbon.Plugins.Cement.Tests.Support;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Facts;

namespace Carbon.Plugins.Cement.Tests;

/// <summary>cement.cement: IPCC 2006 Tier 1, Eq. 2.1.</summary>
public class CementTier1Tests
{
    [Fact]
    public void Portland_cement_at_a_user_given_clinker_fraction_gives_the_ghg_6_1_vector()
    {
        var result = Calc.Run(Line.Of("cement.cement", "1000000 t").Q("clinkerFraction", "95 %").T("cementType", "Portland"), "ipcc-tier1");

        // 1 000 000 t × 0.95 × 0.52 = 494 000 t CO2 (ghg-methods.md §6.1 item 1 [D], 0.52 [C]).
        result.Methodology.Should().Be("ipcc-tier1");
        result.Total().Should().BeApproximately(494_000, 1e-9 * 494_000);
        result.Emissions[0].Source.Should().Be(EmissionSources.Process);
        result.Emissions[0].Label.Should().Be(new LocalizedText("水泥：Portland", "cement: Portland")); // the user's cement type quoted as written in both
        result.Single("CB7110").Severity.Should().Be(DiagnosticSeverity.Warning);
        result.Codes().Should().NotContain("CB7122");
        result.Emissions[0].Trace.Formula.Should().Be("E = (M_c × C_cli − Im + Ex) × EF_clc");
        result.Emissions[0].Trace.Note!.En.Should().Contain("default");
    }

    [Fact]
    public void Imports_are_subtracted_and_exports_added()
    {
        var result = Calc.Run(
            Line.Of("cement.cement", "1000000 t").Q("clinkerFraction", "75 %").Q("clinkerImports", "20万 t").Q("clinkerExports", "50000 t"),
            "ipcc-tier1");

        // (1 000 000 × 0.75 − 200 000 + 50 000) × 0.52 = 600 000 × 0.52 = 312 000 t CO2 (Eq. 2.1).
        result.Total().Should().BeApproximately(312_000, 1e-9 * 312_000);
        result.Emissions[0].Trace.Inputs.Should().Contain(i => i.Name == "net clinker" && i.Value == 600_000);
    }

    [Fact]
    public void A_grinding_station_importing_all_its_clinker_emits_nothing()
    {
        var result = Calc.Run(
            Line.Of("cement.cement", "1000000 t").Q("clinkerFraction", "75 %").Q("clinkerImports", "750000 t").B("grindingStationOnly", true),
            "ipcc-tier1");

        // 1 000 000 × 0.75 − 750 000 = 0 t clinker → 0 t CO2.
        result.Total().Should().Be(0);
        result.Facts.Should().Contain(f => f.Key == "cement.grinding-station-only" && f.Value.Kind == FactKind.Boolean && f.Value.Boolean);
    }

    [Fact]
    public void Imports_above_the_clinker_in_cement_are_an_error()
    {
        var result = Calc.Run(Line.Of("cement.cement", "1000 t").Q("clinkerFraction", "75 %").Q("clinkerImports", "800 t"), "ipcc-tier1");

        // 1 000 × 0.75 − 800 = −50 t.
        result.Emissions.Should().BeEmpty();
        result.Single("CB7114").Message.En.Should().Contain("-50");
    }

    [Fact]
    public void The_clinker_fraction_is_required_and_never_picked_from_the_ipcc_range()
    {
        var result = Calc.Run(Line.Of("cement.cement", "1000000 t").T("cementType", "Portland"), "ipcc-tier1");

        result.Emissions.Should().BeEmpty();
        var error = result.Single("CB7103");
        error.Path.Should().Be("/activities/0/parameters/clinkerFraction");
        error.Message.En.Should().Contain("ranges");
    }

    [Theory]
    [InlineData("105 %")]
    [InlineData("-5 %")]
    public void Clinker_fraction_out_of_range_is_an_error(string fraction)
    {
        var result = Calc.Run(Line.Of("cement.cement", "1000000 t").Q("clinkerFraction", fraction), "ipcc-tier1");

        result.Single("CB7105").Path.Should().Be("/activities/0/parameters/clinkerFraction");
    }

    [Fact]
    public void Clinker_imports_in_cubic_metres_are_a_dimension_error()
    {
        var result = Calc.Run(Line.Of("cement.cement", "1000000 t").Q("clinkerFraction", "75 %").Q("clinkerImports", "1000 m3"), "ipcc-tier1");

        result.Single("CB7104").Path.Should().Be("/activities/0/parameters/clinkerImports");
    }

    [Fact]
    public void Gives_the_clinker_ratio_fact_read_in_percent()
    {
        var result = Calc.Run(Line.Of("cement.cement", "1000000 t").Q("clinkerFraction", "80 %"), "ipcc-tier1");

        var fact = result.Facts.Single(f => f.Key == "cement.clinker-ratio");
        fact.Value.Quantity.In("%").Should().BeApproximately(80, 1e-12);
        fact.Path.Should().Be("/activities/0/parameters/clinkerFraction");
    }

    [Fact]
    public void Under_the_default_methodology_it_still_computes_tier1_and_says_so()
    {
        var result = Calc.Run(Line.Of("cement.cement", "1000000 t").Q("clinkerFraction", "95 %"));

        // Still 494 000 t: cement.cement has only the Eq. 2.1 calculation.
        result.Methodology.Should().Be("ipcc-tier1");
        result.Total().Should().BeApproximately(494_000, 1e-9 * 494_000);
        var info = result.Single("CB7122");
        info.Severity.Should().Be(DiagnosticSeverity.Info);
        info.Message.En.Should().Contain("china-2013");
    }

    [Fact]
    public void A_grinding_station_flag_given_as_text_is_a_type_error()
    {
        var line = Line.Of("cement.cement", "1000000 t").Q("clinkerFraction", "75 %").T("grindingStationOnly", "yes");

        var result = Calc.Run(line, "ipcc-tier1");

        result.Emissions.Should().BeEmpty();
        result.Single("CB7104").Path.Should().Be("/activities/0/parameters/grindingStationOnly");
    }
}
