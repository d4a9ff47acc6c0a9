using static Carbon.Core.Tests.Baselines.BaselineTestProjects;

namespace Carbon.Core.Tests.Baselines;

/// <summary>Stage filters, bases other than comprehensive energy, unit checks and statuses.</summary>
public class IndicatorBasisTests
{
    private static string Concrete(string output, string energy) => Project($$"""{ "product": "concrete.ready-mix", "output": "{{output}}" }""", energy);

    [Fact]
    public void Stage_filters_count_only_their_own_lines()
    {
        // GB 36888-2018 (energy.md §5.2 [S]). 50万 m³ ready-mix.
        // production: 150万 kWh × 0.1229 kgce/kWh = 184.35 tce → 184 350 kgce ÷ 500 000 m³ = 0.3687 kgce/m³ (> 0.30, ≤ 0.70 → level 2).
        // transport: 800 t diesel × 1.4571 kgce/kg = 1 165.68 tce → 2.33136 kgce/m³ (> 1.85, ≤ 2.65 → level 2).
        var json = Concrete("50万 m³", """
            { "carrier": "electricity", "amount": "150万 kWh", "stage": "production" },
            { "carrier": "diesel", "amount": "800 t", "stage": "transport" }
            """);
        var report = Assess(json, BenchmarkTables.Gb36888);
        var production = report.Baseline("gb36888-2018", "production");
        production.Value.Should().BeApproximately(0.3687, 1e-9 * 0.3687);
        production.Stage.Should().Be("production");
        production.BestLevelMet.Should().Be("level-2");
        var transport = report.Baseline("gb36888-2018", "transport");
        transport.Value.Should().BeApproximately(2.33136, 1e-9 * 2.33136);
        transport.BestLevelMet.Should().Be("level-2");
        transport.Level("level-1").Met.Should().BeFalse();
    }

    [Fact]
    public void A_stage_no_line_carries_needs_information()
    {
        var report = Assess(Concrete("50万 m³", """{ "carrier": "electricity", "amount": "150万 kWh" }"""), BenchmarkTables.Gb36888);
        var production = report.Baseline("gb36888-2018", "production");
        production.Value.Should().BeNull();
        production.Levels.Should().OnlyContain(l => l.Met == null);
        production.NeedsInformation.Should().ContainSingle(n => n.En.Contains("\"stage\": \"production\"", StringComparison.Ordinal));
        report.Diagnostics.Should().Contain(d => d.Code == "CB5304");
    }

    [Fact]
    public void An_output_in_the_wrong_unit_is_not_compared()
    {
        var report = Assess(Concrete("10万 t", """{ "carrier": "electricity", "amount": "150万 kWh", "stage": "production" }"""), BenchmarkTables.Gb36888);
        report.Baseline("gb36888-2018", "production").Value.Should().BeNull();
        report.Diagnostics.Should().Contain(d => d.Code == "CB5303" && d.Path == "/products/0/output");
    }

    [Fact]
    public void Co2e_and_fossil_indicators_and_unconfirmed_levels()
    {
        // 1 000万 kWh grid electricity × 0.5306 kgCO2/kWh (MEE/NBS 2023 national, energy.md §6.1 [C]) = 5 306 t CO2
        // ÷ 100 000 t = 53.06 kgCO2e/t: > 50, ≤ 60 (hypothetical levels). No fossil carrier: fossil energy is 0.
        var json = Project(
            """{ "product": "test.product", "output": "10万 t" }""",
            """{ "carrier": "electricity", "amount": "1000万 kWh" }""");
        var report = Assess(json, BenchmarkTables.Hypothetical);
        var co2e = report.Baseline("hypothetical", "product.co2e");
        co2e.Value.Should().BeApproximately(53.06, 1e-9 * 53.06);
        co2e.BestLevelMet.Should().Be("level-2");
        co2e.Basis.Should().Be("co2e");
        report.Diagnostics.Should().Contain(d => d.Code == "CB5305" && d.Severity == "warning");
        var fossil = report.Baseline("hypothetical", "product.fossil");
        fossil.Value.Should().Be(0); // electricity is not a fossil carrier
    }

    [Fact]
    public void An_emission_indicator_limited_to_a_stage_is_not_compared()
    {
        var json = Project("""{ "product": "test.product", "output": "10万 t" }""", """{ "carrier": "electricity", "amount": "1000万 kWh", "stage": "production" }""");
        var report = Assess(json, BenchmarkTables.Hypothetical);
        report.Baseline("hypothetical", "product.co2e-stage").Value.Should().BeNull();
        report.Diagnostics.Should().ContainSingle(d => d.Code == "CB5306");
    }

    [Fact]
    public void Fossil_energy_counts_fossil_carriers_only()
    {
        // 500 t raw coal × 0.7143 kgce/kg = 357.15 tce ÷ 100 000 t = 3.5715 kgce/t; the 1 000万 kWh of electricity does not count.
        var json = Project(
            """{ "product": "test.product", "output": "10万 t" }""",
            """{ "carrier": "electricity", "amount": "1000万 kWh" }, { "carrier": "coal.raw", "amount": "500 t" }""");
        var fossil = Assess(json, BenchmarkTables.Hypothetical).Baseline("hypothetical", "product.fossil");
        fossil.Value.Should().BeApproximately(3.5715, 1e-9 * 3.5715);
        fossil.Trace!.Inputs.Select(i => i.Name).Should().Equal("coal.raw", "output");
    }

    [Fact]
    public void A_correction_with_an_unknown_unit_is_a_warning_and_the_level_is_unjudged()
    {
        var json = Project("""{ "product": "test.product", "output": "10万 t" }""", """{ "carrier": "electricity", "amount": "1000万 kWh" }""", "\"site.altitude\": \"10 m\"");
        var report = Assess(json, BenchmarkTables.Hypothetical);
        report.Baseline("hypothetical", "product.bad-correction").Level("level-1").Corrected.Should().BeNull();
        report.Diagnostics.Should().Contain(d => d.Code == "CB5307");
    }
}
