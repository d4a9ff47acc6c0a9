using Carbon.Core.Tests.Support;

namespace Carbon.Core.Tests.Emissions;

/// <summary>CO2 of fuels, purchased power and heat, and CO2e by GWP set (shared/domain/ghg-methods.md §5).</summary>
public class EmissionTests
{
    private static readonly ICarbonEngine Engine = Engines.Create(new TestPlugin());

    [Fact]
    public void Raw_coal_at_the_default_parameters()
    {
        // 150 000 t × 20.908 GJ/t × 26.37 tC/TJ (= 0.02637 tC/GJ) × 0.94 × 44/12 = 285 044.83 t CO2
        // (ghg-methods.md §6.2 [D], parameters §5.2 [S]).
        var report = Engine.Assess(Engines.Project(energy: """{ "carrier": "coal.raw", "amount": "15万 t" }"""));
        var line = report.Emissions!.Lines.Single();
        line.Source.Should().Be("fuel-combustion");
        line.Tonnes.Should().BeApproximately(150_000 * 20.908 * 0.02637 * 0.94 * 44 / 12, 1e-6);
        line.Tonnes.Should().BeApproximately(285_044.83, 0.005);
        line.Trace.Formula.Should().Be("FC × NCV × CC × OF × 44/12");
        line.Trace.Factors.Select(f => f.Id).Should().BeEquivalentTo(["fuel-s8.coal.raw.ncv", "fuel-s8.coal.raw.carbon-content", "fuel-s8.coal.raw.oxidation"]);
        line.Trace.Factors.Should().OnlyContain(f => f.Status == "single-source" && f.DataSet == "carbon.fuel-parameters");
    }

    [Fact]
    public void One_tonne_of_diesel()
    {
        // 1 t × 42.652 GJ/t × 20.2 tC/TJ × 0.98 × 44/12 = 3.09591 t CO2, published as 3.0959 kg/kg (ghg §5.2).
        var report = Engine.Assess(Engines.Project(energy: """{ "carrier": "diesel", "amount": "1 t" }"""));
        report.Emissions!.Totals.Co2Tonnes.Should().BeApproximately(3.0959, 0.00005);
        report.Emissions.Totals.Co2Tonnes.Should().BeApproximately(42.652 * 0.0202 * 0.98 * 44 / 12, 1e-12);
    }

    [Fact]
    public void Natural_gas_per_ten_thousand_cubic_metres()
    {
        // 10 000 m³ × 389.31 GJ/万Nm³ × 15.3 tC/TJ × 0.99 × 44/12 = 21.6219 t (ghg §5.2: 21.6219 t/10⁴ m³).
        var report = Engine.Assess(Engines.Project(energy: """{ "carrier": "natural-gas", "amount": "1万 Nm³" }"""));
        report.Emissions!.Totals.Co2Tonnes.Should().BeApproximately(21.6219, 0.00005);
    }

    [Fact]
    public void Purchased_steam_at_2777_kJ_per_kg()
    {
        // 1 000 t × 1 000 kg/t × 2 777 kJ/kg × 0.11 tCO2/GJ ÷ 10⁶ = 305.47 t CO2 (ghg §5.3).
        var report = Engine.Assess(Engines.Project(energy: """{ "carrier": "steam", "amount": "1000 t", "enthalpy": "2777 kJ/kg" }"""));
        var line = report.Emissions!.Lines.Single();
        line.Source.Should().Be("purchased-heat");
        line.Tonnes.Should().BeApproximately(305.47, 1e-9);
        line.Trace.Factors.Single().Id.Should().Be("heat.default.co2");
    }

    [Fact]
    public void Measured_ncv_overrides_the_default_and_is_marked()
    {
        // 100 t diesel at a measured 43.0 GJ/t: 100 × 43.0 × 0.0202 × 0.98 × 44/12 = 312.0941… t (default NCV would give 309.59 t).
        var report = Engine.Assess(Engines.Project(energy: """{ "carrier": "diesel", "amount": "100 t", "ncv": "43.0 GJ/t" }"""));
        var line = report.Emissions!.Lines.Single();
        line.Tonnes.Should().BeApproximately(100 * 43.0 * 0.0202 * 0.98 * 44 / 12, 1e-9);
        line.Trace.Inputs.Single(i => i.Name == "NCV").Origin.Should().Be("project");
        line.Trace.Factors.Should().NotContain(f => f.Id.EndsWith(".ncv", StringComparison.Ordinal));
    }

    [Fact]
    public void Grid_electricity_by_series_year_and_region()
    {
        // 1 000 MWh × 0.5306 tCO2/MWh (MEE/NBS 2023 national, energy.md §6.1 [C]) = 530.6 t;
        // 华东 2023 0.5500 → 550 t; MEE/NBS 2022 national 0.5366 → 536.6 t.
        static double Co2(string factor) => Engine.Assess(Engines.Project(
                energy: """{ "carrier": "electricity", "amount": "1000 MWh" }""").Replace("""{ "series": "mee-nbs", "year": 2023 }""", factor, StringComparison.Ordinal))
            .Emissions!.Totals.Co2Tonnes;

        Co2("""{ "series": "mee-nbs", "year": 2023 }""").Should().BeApproximately(530.6, 1e-9);
        Co2("""{ "series": "mee-nbs", "year": 2023, "region": "华东" }""").Should().BeApproximately(550, 1e-9);
        Co2("""{ "series": "mee-nbs", "year": 2022 }""").Should().BeApproximately(536.6, 1e-9);
    }

    [Fact]
    public void No_grid_factor_is_substituted()
    {
        var report = Engine.Assess(Engines.Project(energy: """{ "carrier": "electricity", "amount": "1000 MWh" }""")
            .Replace("""{ "series": "mee-nbs", "year": 2023 }""", """{ "series": "mee-nbs", "year": 2024 }""", StringComparison.Ordinal));
        report.HasErrors.Should().BeTrue();
        report.Diagnostics.Should().Contain(d => d.Code == "CB4002" && d.Message.En.Contains("2024", StringComparison.Ordinal));
        report.Emissions.Should().BeNull();
    }

    [Fact]
    public void Default_grid_factor_is_the_latest_year_not_after_the_reporting_year_and_said_so()
    {
        var json = Engines.Project(energy: """{ "carrier": "electricity", "amount": "1000 MWh" }""")
            .Replace(""", "electricityFactor": { "series": "mee-nbs", "year": 2023 }""", string.Empty, StringComparison.Ordinal)
            .Replace("\"reportingYear\": 2024", "\"reportingYear\": 2022", StringComparison.Ordinal);
        var report = Engine.Assess(json);
        // Reporting year 2022 → MEE/NBS 2022 national 0.5366 → 536.6 t.
        report.Emissions!.Totals.Co2Tonnes.Should().BeApproximately(536.6, 1e-9);
        report.Diagnostics.Should().Contain(d => d.Code == "CB4102" && d.Message.En.Contains("grid.mee-nbs.2022.national", StringComparison.Ordinal));
    }

    [Fact]
    public void Exported_electricity_and_heat_are_deducted()
    {
        // Import 1 000 MWh (530.6 t) − export 200 MWh (106.12 t) + heat import 1 000 GJ (110 t) − heat export 100 GJ (11 t) = 523.48 t.
        var report = Engine.Assess(Engines.Project(energy: """
            { "carrier": "electricity", "amount": "1000 MWh" },
            { "carrier": "electricity", "amount": "200 MWh", "direction": "export" },
            { "carrier": "heat", "amount": "1000 GJ" },
            { "carrier": "heat", "amount": "100 GJ", "direction": "export" }
            """));
        report.Emissions!.Totals.Co2Tonnes.Should().BeApproximately(523.48, 1e-9);
        report.Emissions.Lines.Select(l => l.Source).Should().Equal("purchased-electricity", "exported-electricity", "purchased-heat", "exported-heat");
    }

    [Theory]
    // 10 t CH4 and 1 t N2O: AR5 (28/265): 280 + 265 = 545 t CO2e; AR4 (25/298): 250 + 298 = 548;
    // SAR (21/310): 210 + 310 = 520; AR6 (27.9 generic/273): 279 + 273 = 552 (ghg-methods.md §5.4).
    [InlineData("AR5", 545.0)]
    [InlineData("AR4", 548.0)]
    [InlineData("SAR", 520.0)]
    [InlineData("AR6", 552.0)]
    public void Methane_and_nitrous_oxide_by_gwp_set(string set, double co2e)
    {
        var json = Engines.Project(activities: """{ "kind": "test.gas", "amount": "10 t", "parameters": { "n2o": "1 t" } }""")
            .Replace("\"gwpSet\": \"AR5\"", $"\"gwpSet\": \"{set}\"", StringComparison.Ordinal);
        var report = Engine.Assess(json);
        report.Emissions!.GwpSet.Should().Be(set);
        report.Emissions.Totals.Co2eTonnes.Should().BeApproximately(co2e, 1e-9);
        report.Emissions.Totals.Ch4Tonnes.Should().Be(10);
        report.Emissions.Totals.N2oTonnes.Should().Be(1);
        report.Emissions.Lines.Should().OnlyContain(l => l.GwpRecord.StartsWith("gwp." + set + ".", StringComparison.Ordinal));
        report.DataSets.Should().Contain(d => d.Id == "carbon.gwp");
    }

    [Fact]
    public void Intensity_per_product()
    {
        // 1 t diesel (3.09591 t CO2) for 100 t product = 0.0309591 tCO2e/t.
        var report = Engine.Assess(Engines.Project(products: """{ "product": "x.p", "output": "100 t" }""", energy: """{ "carrier": "diesel", "amount": "1 t" }"""));
        var i = report.Emissions!.Intensities.Single();
        i.Unit.Should().Be("tCO2e/t");
        i.Value.Should().BeApproximately(42.652 * 0.0202 * 0.98 * 44 / 12 / 100, 1e-12);
    }

    [Fact]
    public void Default_gwp_is_stated()
    {
        var json = Engines.Project(energy: """{ "carrier": "diesel", "amount": "1 t" }""").Replace("\"gwpSet\": \"AR5\", ", string.Empty, StringComparison.Ordinal);
        var report = Engine.Assess(json);
        report.Emissions!.GwpSet.Should().Be("AR5");
        report.Diagnostics.Should().Contain(d => d.Code == "CB4101");
    }

    [Fact]
    public void A_throwing_plugin_becomes_a_diagnostic()
    {
        var report = Engine.Assess(Engines.Project(activities: """{ "kind": "test.throws", "amount": "1 t" }"""));
        report.HasErrors.Should().BeTrue();
        report.Diagnostics.Should().Contain(d => d.Code == "CB7001" && d.Path == "/activities/0" && d.Message.En.Contains("boom", StringComparison.Ordinal));
    }
}
