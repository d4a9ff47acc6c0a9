using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Methods;

/// <summary>IPCC 2006 Tier 1 beyond the §6.2 swine vector. Expected values worked by hand from the cited tables.</summary>
public class IpccTier1Tests
{
    private const string Method = LivestockMethods.IpccTier1;

    private static HerdLineBuilder Dairy() =>
        HerdLineBuilder.Of("dairy-cattle", "1000 head").Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0));

    [Fact]
    public void Dairy_cows_enteric_68_t_and_manure_18_t()
    {
        var result = Herds.Run(Dairy(), Method);

        // 1 000 × 68 kg (Table 10.11, dairy Asia [S]) / 1000 = 68 t; 1 000 × 18 kg (Table 10.14, dairy Asia, 20 °C [S]) / 1000 = 18 t (§6.2 [D]).
        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(68, 1e-9 * 68);
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(18, 1e-9 * 18);
    }

    [Fact]
    public void Dairy_cows_N2O_with_table_10_19_and_10_22_defaults()
    {
        var result = Herds.Run(Dairy(), Method);

        // Nex = 0.47 × 350/1000 × 365 = 60.0425 kg N/head/yr (Table 10.19 [S]);
        // direct 1 000 × 60.0425 × 0.005 × 44/28 / 1000 = 0.4717625 t; indirect × 0.30 (Frac_GasMS dairy solid [S]) × 0.01 = 0.2830575 t.
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.4717625, 1e-9 * 0.4717625);
        result.Tonnes(Gas.N2O, "manure N2O (indirect, volatilisation)").Should().BeApproximately(0.2830575, 1e-9 * 0.2830575);
    }

    [Theory]
    // Table 10.14 swine Asia [S]: 14 °C → 2 kg, 15 °C → 3 kg; the temperature is rounded to the nearest whole degree.
    [InlineData("14.49 °C", 20.0)] // rounds to 14 → 10 000 × 2 / 1000 = 20 t
    [InlineData("14.5 °C", 30.0)]  // rounds to 15 (half away from zero) → 10 000 × 3 / 1000 = 30 t
    [InlineData("28 °C", 70.0)]    // 10 000 × 7 / 1000 = 70 t
    [InlineData("10 °C", 20.0)]    // 10 000 × 2 / 1000 = 20 t
    public void Table_10_14_row_by_rounded_temperature(string temperature, double expected)
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", temperature).Shares("manureSystems", ("solid-storage", 1.0)), Method);
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(expected, 1e-9 * expected);
    }

    [Theory]
    // Beyond the transcribed 10–28 °C table the edge column is an unconfirmed extension, used only when allowed.
    [InlineData("5 °C", 20.0)]  // 10 °C column: 10 000 × 2 / 1000 = 20 t
    [InlineData("31 °C", 70.0)] // 28 °C column: 10 000 × 7 / 1000 = 70 t
    public void Temperature_outside_table_needs_allow_unconfirmed(string temperature, double expected)
    {
        var line = HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", temperature).Shares("manureSystems", ("solid-storage", 1.0));

        var refused = Herds.Run(line, Method);
        refused.Single("CB7410").Severity.Should().Be(Sdk.Diagnostics.DiagnosticSeverity.Error);
        refused.Emissions.Should().BeEmpty();

        var allowed = Herds.Run(line.Bool("allowUnconfirmed", true), Method);
        allowed.Single("CB7410").Severity.Should().Be(Sdk.Diagnostics.DiagnosticSeverity.Warning);
        allowed.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(expected, 1e-9 * expected);
    }

    [Fact]
    public void Beef_cattle_use_other_cattle_rows_and_need_frac_gas_ms()
    {
        var line = HerdLineBuilder.Of("beef-cattle", "100 head").Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0));
        Herds.Run(line, Method).Single("CB7415").Path.Should().Be("/activities/0/parameters/manureSystems/solid-storage");

        var result = Herds.Run(line.Json("fracGasMs", "{\"solid-storage\": 0.3}"), Method);

        // 100 × 47 kg (Table 10.11 other cattle Asia [S]) / 1000 = 4.7 t; 100 × 1 kg (Table 10.14, 20 °C) / 1000 = 0.1 t.
        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(4.7, 1e-9 * 4.7);
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(0.1, 1e-9 * 0.1);
        // Nex = 0.34 × 319/1000 × 365 = 39.5879; direct 100 × 39.5879 × 0.005 × 44/28 / 1000 = 0.031104778571428571 t;
        // indirect with the project's Frac_GasMS 0.3: 100 × 39.5879 × 0.3 × 0.01 × 44/28 / 1000 = 11.87637 × 11/7 / 1000 = 0.018662867142857143 t.
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.031104778571428571, 1e-9 * 0.0311);
        result.Tonnes(Gas.N2O, "manure N2O (indirect, volatilisation)").Should().BeApproximately(0.018662867142857143, 1e-9 * 0.0187);
        result.Line(Gas.N2O, "manure N2O (indirect, volatilisation)").Trace.Inputs
            .Should().Contain(i => i.Name == "Frac_GasMS[solid-storage]" && i.Origin == InputOrigin.Project && i.Path == "/activities/0/parameters/fracGasMs/solid-storage");
    }

    [Fact]
    public void Leaching_is_computed_only_with_a_project_frac_leach()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C")
            .Shares("manureSystems", ("solid-storage", 1.0)).Number("fracLeach", 0.1), Method);

        // 10 000 × 4.2924 × 0.1 × 0.0075 (EF5 [S]) × 44/28 / 1000 = 0.050589 t N2O.
        result.Tonnes(Gas.N2O, "manure N2O (indirect, leaching)").Should().BeApproximately(0.050589, 1e-9 * 0.050589);
        result.Line(Gas.N2O, "manure N2O (indirect, leaching)").Trace.Factors.Should().ContainSingle(f => f.Id == "livestock.ipcc2006.ef5");
    }

    [Fact]
    public void Mixed_manure_systems_weight_ef3_and_frac_gas_ms()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C")
            .Shares("manureSystems", ("solid-storage", 0.6), ("pit-storage", 0.4)), Method);

        // Σ MS × EF3 = 0.6 × 0.005 + 0.4 × 0.002 = 0.0038; 10 000 × 4.2924 × 0.0038 × 44/28 / 1000 = 163.1112 × 11/7 / 1000 = 0.2563176 t.
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.2563176, 1e-9 * 0.2563176);
        // Σ MS × Frac = 0.6 × 0.45 + 0.4 × 0.25 = 0.37; 10 000 × 4.2924 × 0.37 × 0.01 × 44/28 / 1000 = 158.8188 × 11/7 / 1000 = 0.2495724 t.
        result.Tonnes(Gas.N2O, "manure N2O (indirect, volatilisation)").Should().BeApproximately(0.2495724, 1e-9 * 0.2495724);
    }

    [Fact]
    public void Project_supplied_factors_replace_defaults_and_unused_inputs_are_reported()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C")
            .Shares("manureSystems", ("solid-storage", 1.0))
            .Quantity("entericEf", "1.5 kg CH4/head/yr").Quantity("manureCh4Ef", "3 kg CH4/head/yr").Quantity("nex", "5 kg N/head/yr"), Method);

        // 10 000 × 1.5 / 1000 = 15 t; 10 000 × 3 / 1000 = 30 t; direct 10 000 × 5 × 0.005 × 44/28 / 1000 = 0.39285714285714285 t.
        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(15, 1e-9 * 15);
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(30, 1e-9 * 30);
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.39285714285714285, 1e-9 * 0.39);
        result.Line(Gas.CH4, "enteric CH4").Trace.Factors.Should().BeEmpty();
        result.Line(Gas.CH4, "enteric CH4").Trace.Note!.En.Should().Contain("project-supplied");

        // With manureCh4Ef given, the temperature is not used by any part of Tier 1 for swine.
        var unused = result.Single("CB7419");
        unused.Severity.Should().Be(Sdk.Diagnostics.DiagnosticSeverity.Warning);
        unused.Path.Should().Be("/activities/0/parameters/temperature");
    }

    [Fact]
    public void A_project_override_record_wins_over_the_shipped_record()
    {
        var over = new FactorRecord
        {
            Id = "project.swine-enteric",
            Subject = "livestock.swine",
            Parameter = "enteric-ch4-ef",
            Value = 1.5,
            Unit = "kg CH4/head/yr",
            Gas = Gas.CH4,
            Variant = "ipcc-2006-asia",
            Source = new SourceCitation("farm measurement"),
            Status = DataStatus.ProjectSupplied,
        };
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0)), Method, overrides: [over]);

        // 10 000 × 1.5 / 1000 = 15 t.
        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(15, 1e-9 * 15);
        result.Line(Gas.CH4, "enteric CH4").Trace.Factors.Should().ContainSingle(f => f.Id == "project.swine-enteric" && f.Status == DataStatus.ProjectSupplied);
    }

    [Fact]
    public void Sheep_need_a_climate_band_which_comes_from_unconfirmed_limits_only_when_allowed()
    {
        var line = HerdLineBuilder.Of("sheep", "1000 head").Quantity("temperature", "20 °C")
            .Shares("manureSystems", ("solid-storage", 1.0)).Quantity("typicalMass", "45 kg").Number("fracGasMs", 0.2);
        Herds.Run(line, Method).Single("CB7412").Severity.Should().Be(Sdk.Diagnostics.DiagnosticSeverity.Error);

        var allowed = Herds.Run(line.Bool("allowUnconfirmed", true), Method);
        allowed.Single("CB7412").Severity.Should().Be(Sdk.Diagnostics.DiagnosticSeverity.Warning);
        // 20 °C is temperate (15–25 °C, limits UNCONFIRMED): 1 000 × 0.15 kg (Table 10.15 sheep [S]) / 1000 = 0.15 t.
        allowed.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(0.15, 1e-9 * 0.15);
        allowed.Line(Gas.CH4, "manure CH4").Trace.UsesUnconfirmed.Should().BeTrue();
        // 1 000 × 5 kg (Table 10.10 sheep, developing [S]) / 1000 = 5 t.
        allowed.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(5, 1e-9 * 5);
        // Nex = 1.17 × 45/1000 × 365 = 19.21725; direct 1 000 × 19.21725 × 0.005 × 44/28 / 1000 = 0.15099267857142857 t.
        allowed.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.15099267857142857, 1e-9 * 0.151);
    }

    [Theory]
    // Table 10.15 goats, developing [S]: cool 0.11, temperate 0.17, warm 0.22 kg; 1 000 head.
    [InlineData("cool", 0.11)]
    [InlineData("temperate", 0.17)]
    [InlineData("warm", 0.22)]
    public void Explicit_climate_zone_uses_no_unconfirmed_value(string zone, double kgPerHead)
    {
        var result = Herds.Run(HerdLineBuilder.Of("goats", "1000 head").Choice("climateZone", zone)
            .Shares("manureSystems", ("solid-storage", 1.0)).Quantity("typicalMass", "30 kg").Number("fracGasMs", 0.2), Method);

        result.HasErrors().Should().BeFalse();
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(kgPerHead, 1e-9 * kgPerHead); // 1 000 × kg / 1000
        result.Line(Gas.CH4, "manure CH4").Trace.UsesUnconfirmed.Should().BeFalse();
        result.Codes().Should().NotContain(["CB7412", "CB7413"]);
    }

    [Theory]
    // Derived bands with the UNCONFIRMED limits cool < 15 °C, warm > 25 °C (allowUnconfirmed): horses 1.09 / 1.64 / 2.19 kg [S].
    [InlineData("14.9 °C", 1.09)]
    [InlineData("15 °C", 1.64)]
    [InlineData("25 °C", 1.64)]
    [InlineData("25.1 °C", 2.19)]
    public void Derived_climate_band_limits(string temperature, double kgPerHead)
    {
        var result = Herds.Run(HerdLineBuilder.Of("horses", "1000 head").Quantity("temperature", temperature).Bool("allowUnconfirmed", true)
            .Shares("manureSystems", ("solid-storage", 1.0)).Quantity("typicalMass", "400 kg").Number("fracGasMs", 0.2), Method);

        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(kgPerHead, 1e-9 * kgPerHead);
    }

    [Fact]
    public void Layers_have_no_enteric_factor_and_need_a_typical_mass()
    {
        var line = HerdLineBuilder.Of("layers", "30000 head").Choice("climateZone", "temperate").Shares("manureSystems", ("solid-storage", 1.0));
        var missing = Herds.Run(line, Method);
        missing.Single("CB7420").Severity.Should().Be(Sdk.Diagnostics.DiagnosticSeverity.Info);
        missing.Single("CB7416").Path.Should().Be("/activities/0/parameters/typicalMass");

        var result = Herds.Run(line.Quantity("typicalMass", "1.8 kg").Number("fracGasMs", 0.4), Method);
        result.HasErrors().Should().BeFalse();
        result.Emissions.Should().NotContain(e => e.Label != null && e.Label.En == "enteric CH4");
        // 30 000 × 0.02 kg (Table 10.15 poultry, temperate [S]) / 1000 = 0.6 t CH4.
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(0.6, 1e-9 * 0.6);
        // Nex = 0.82 (hens > 1 yr, Table 10.19 [S]) × 1.8/1000 × 365 = 0.53874 kg N;
        // direct 30 000 × 0.53874 × 0.005 × 44/28 / 1000 = 0.12698871428571429 t; indirect × 0.4 × 0.01 = 0.10159097142857143 t.
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.12698871428571429, 1e-9 * 0.127);
        result.Tonnes(Gas.N2O, "manure N2O (indirect, volatilisation)").Should().BeApproximately(0.10159097142857143, 1e-9 * 0.1016);
    }

    [Fact]
    public void Unconfirmed_ef3_is_refused_unless_allowed()
    {
        var line = HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C").Shares("manureSystems", ("aerobic-treatment", 1.0)).Json("fracGasMs", "0.1");
        Herds.Run(line, Method).Single("CB7414").Path.Should().Be("/activities/0/parameters/manureSystems/aerobic-treatment");

        var allowed = Herds.Run(line.Bool("allowUnconfirmed", true), Method);
        allowed.Single("CB7413").Severity.Should().Be(Sdk.Diagnostics.DiagnosticSeverity.Warning);
        // 10 000 × 4.2924 × 0.01 (EF3 aerobic, UNCONFIRMED) × 44/28 / 1000 = 0.67452 t.
        allowed.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.67452, 1e-9 * 0.67452);
        allowed.Line(Gas.N2O, "manure N2O (direct)").Trace.UsesUnconfirmed.Should().BeTrue();
    }
}
