using Carbon.Plugins.Cement.Tests.Support;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Cement.Tests;

/// <summary>cement.raw-meal-carbon and cement.alternative-fuel: the 2013 guideline's other process terms.</summary>
public class RawMealAndAlternativeFuelTests
{
    [Fact]
    public void Raw_meal_carbon_gives_the_ghg_6_2_vector()
    {
        var result = Calc.Run(Line.Of("cement.raw-meal-carbon", "1520000 t").Q("nonFuelCarbonFraction", "0.2 %"));

        // 1 520 000 t × 0.002 × 44/12 = 3 040 × 3.6666… = 11 146.666… ≈ 11 146.7 t CO2 (ghg-methods.md §6.2 [D]).
        result.Methodology.Should().Be("china-2013");
        result.Total().Should().BeApproximately(11_146.666666666666, 1e-9 * 11_146.67);
        result.Emissions[0].Source.Should().Be(EmissionSources.Process);
        result.Emissions[0].Trace.Inputs.Should().Contain(i => i.Name == "44/12" && i.Origin == InputOrigin.Constant);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Raw_meal_carbon_fraction_is_required_because_the_default_is_unconfirmed()
    {
        var result = Calc.Run(Line.Of("cement.raw-meal-carbon", "1520000 t"));

        result.Emissions.Should().BeEmpty();
        var error = result.Single("CB7103");
        error.Path.Should().Be("/activities/0/parameters/nonFuelCarbonFraction");
        error.Message.En.Should().Contain("UNCONFIRMED");
    }

    [Fact]
    public void Raw_meal_carbon_under_an_ipcc_methodology_is_recorded_as_the_2013_equation()
    {
        var result = Calc.Run(Line.Of("cement.raw-meal-carbon", "1520000 t").Q("nonFuelCarbonFraction", "0.2 %"), "ipcc-tier2");

        // Same 11 146.67 t; the equation is the guideline's.
        result.Methodology.Should().Be("china-2013");
        result.Total().Should().BeApproximately(11_146.666666666666, 1e-9 * 11_146.67);
        result.Single("CB7121").Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Fact]
    public void Raw_meal_carbon_under_mee_2024_warns()
    {
        var result = Calc.Run(Line.Of("cement.raw-meal-carbon", "1520000 t").Q("nonFuelCarbonFraction", "0.2 %"), "mee-2024");

        result.Methodology.Should().Be("mee-2024");
        result.Single("CB7111");
        result.Emissions[0].Trace.Note!.En.Should().Contain("UNCONFIRMED");
    }

    [Fact]
    public void Raw_meal_in_kwh_is_a_dimension_error()
    {
        var result = Calc.Run(Line.Of("cement.raw-meal-carbon", "1520000 kWh").Q("nonFuelCarbonFraction", "0.2 %"));

        result.Single("CB7101").Path.Should().Be("/activities/0/amount");
    }

    [Fact]
    public void Alternative_fuel_multiplies_amount_heating_value_factor_and_fossil_share()
    {
        var result = Calc.Run(
            Line.Of("cement.alternative-fuel", "10000 t").Q("heatingValue", "30 GJ/t").Q("emissionFactor", "0.08 tCO2/GJ").Q("nonBiomassCarbonShare", "80 %").T("fuelType", "waste tyres"));

        // 10 000 t × 30 GJ/t × 0.08 t CO2/GJ × 0.80 = 19 200 t CO2 (2013 guideline, ghg-methods.md §1.2 [C]).
        result.Total().Should().BeApproximately(19_200, 1e-9 * 19_200);
        var line = result.Emissions.Single();
        line.Source.Should().Be("alternative-fuel");
        line.Gas.Should().Be(Gas.CO2);
        line.Label.Should().Be(new LocalizedText("替代燃料：waste tyres", "alternative fuel: waste tyres"));
        line.Trace.Inputs.Select(i => i.Path).Should().Contain("/activities/0/parameters/heatingValue");
    }

    [Fact]
    public void Alternative_fuel_factor_in_kg_per_mj_is_converted()
    {
        var result = Calc.Run(
            Line.Of("cement.alternative-fuel", "10000 t").Q("heatingValue", "30000 MJ/t").Q("emissionFactor", "80 kgCO2/GJ").Q("nonBiomassCarbonShare", "0.8 1"));

        // 30 000 MJ/t = 30 GJ/t; 80 kg CO2/GJ = 0.08 t CO2/GJ → 19 200 t CO2 as above.
        result.Total().Should().BeApproximately(19_200, 1e-9 * 19_200);
    }

    [Fact]
    public void Alternative_fuel_needs_all_three_factors()
    {
        var result = Calc.Run(Line.Of("cement.alternative-fuel", "10000 t").Q("heatingValue", "30 GJ/t"));

        result.Emissions.Should().BeEmpty();
        result.Diagnostics.Where(d => d.Code == "CB7103").Select(d => d.Path).Should().BeEquivalentTo(
            "/activities/0/parameters/emissionFactor", "/activities/0/parameters/nonBiomassCarbonShare");
    }

    [Fact]
    public void Alternative_fuel_heating_value_in_tonnes_is_a_dimension_error()
    {
        var result = Calc.Run(
            Line.Of("cement.alternative-fuel", "10000 t").Q("heatingValue", "30 t").Q("emissionFactor", "0.08 tCO2/GJ").Q("nonBiomassCarbonShare", "80 %"));

        result.Single("CB7104").Path.Should().Be("/activities/0/parameters/heatingValue");
    }

    [Fact]
    public void Alternative_fuel_share_above_one_is_out_of_range()
    {
        var result = Calc.Run(
            Line.Of("cement.alternative-fuel", "10000 t").Q("heatingValue", "30 GJ/t").Q("emissionFactor", "0.08 tCO2/GJ").Q("nonBiomassCarbonShare", "120 %"));

        result.Single("CB7105").Path.Should().Be("/activities/0/parameters/nonBiomassCarbonShare");
    }

    [Fact]
    public void Alternative_fuel_under_ipcc_tier1_is_computed_by_the_guideline_equation_with_a_notice()
    {
        var result = Calc.Run(
            Line.Of("cement.alternative-fuel", "10000 t").Q("heatingValue", "30 GJ/t").Q("emissionFactor", "0.08 tCO2/GJ").Q("nonBiomassCarbonShare", "80 %"),
            "ipcc-tier1");

        result.Methodology.Should().Be("china-2013");
        result.Single("CB7121");
        result.Total().Should().BeApproximately(19_200, 1e-9 * 19_200);
    }

    [Fact]
    public void An_unknown_parameter_is_reported()
    {
        var result = Calc.Run(Line.Of("cement.raw-meal-carbon", "1520000 t").Q("nonFuelCarbonFraction", "0.2 %").Q("moisture", "5 %"));

        result.Single("CB7108").Path.Should().Be("/activities/0/parameters/moisture");
    }
}
