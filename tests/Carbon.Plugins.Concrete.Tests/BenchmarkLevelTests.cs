using Carbon.Sdk.Benchmarks;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary>
/// The GB 36888-2018 table applied to hand-worked stations. The conversion to standard coal is the core's; here the
/// expected kgce/m³ is worked out by hand and the table's levels are checked against it. A level is met when the
/// unit value is at most the level value (the transcription's comparison is "lte", energy.md §5.2).
/// </summary>
public sealed class BenchmarkLevelTests
{
    // GB/T 2589 当量值 coefficients, energy.md §2.2: electricity 0.1229 kgce/kWh [C], diesel 1.4571 kgce/kg [S].
    private const double KgcePerKWh = 0.1229;
    private const double KgcePerKgDiesel = 1.4571;

    private static readonly BenchmarkTable Table = new ConcretePlugin().DataSets.SelectMany(s => s.Benchmarks).Single();

    private static BenchmarkIndicator Production => Table.Indicators.Single(i => i.Stage == "production");

    private static BenchmarkIndicator Transport => Table.Indicators.Single(i => i.Stage == "transport");

    [Fact]
    public void Hand_worked_station_production_meets_level_2_but_not_level_1()
    {
        // Station of 30万 m³ = 300 000 m³; production electricity 120万 kWh = 1 200 000 kWh.
        // 1 200 000 kWh × 0.1229 kgce/kWh = 147 480 kgce; 147 480 kgce / 300 000 m³ = 0.4916 kgce/m³.
        var unit = 1_200_000 * KgcePerKWh / 300_000;
        unit.Should().BeApproximately(0.4916, 1e-9 * 0.4916);

        // 0.30 < 0.4916 ≤ 0.70: level 2.
        BestLevelMet(Production, unit).Should().Be("level-2");
    }

    [Fact]
    public void Hand_worked_station_transport_misses_even_level_3()
    {
        // Truck mixers and pumps burn 600 t diesel = 600 000 kg for the same 300 000 m³.
        // 600 000 kg × 1.4571 kgce/kg = 874 260 kgce; 874 260 / 300 000 = 2.9142 kgce/m³ > 2.90 (level 3).
        var unit = 600_000 * KgcePerKgDiesel / 300_000;
        unit.Should().BeApproximately(2.9142, 1e-9 * 2.9142);
        BestLevelMet(Transport, unit).Should().BeNull();
    }

    [Fact]
    public void Sample_station_meets_level_2_in_both_stages()
    {
        // docs/samples/concrete-station.json: 60万 m³ = 600 000 m³.
        // Production: 240万 kWh × 0.1229 = 294 960 kgce; 30 t diesel = 30 000 kg × 1.4571 = 43 713 kgce;
        // (294 960 + 43 713) / 600 000 = 338 673 / 600 000 = 0.564455 kgce/m³ → level 2 (0.30 < x ≤ 0.70).
        var production = ((2_400_000 * KgcePerKWh) + (30_000 * KgcePerKgDiesel)) / 600_000;
        production.Should().BeApproximately(0.564455, 1e-9 * 0.564455);
        BestLevelMet(Production, production).Should().Be("level-2");

        // Transport: 900 t (truck mixers) + 80 t (pump trucks) = 980 000 kg × 1.4571 = 1 427 958 kgce;
        // 1 427 958 / 600 000 = 2.37993 kgce/m³ → level 2 (1.85 < x ≤ 2.65).
        var transport = 980_000 * KgcePerKgDiesel / 600_000;
        transport.Should().BeApproximately(2.37993, 1e-9 * 2.37993);
        BestLevelMet(Transport, transport).Should().Be("level-2");
    }

    // Each published value is itself inside its level; anything above level 3 meets none.
    [Theory]
    [InlineData("production", 0.30, "level-1")]
    [InlineData("production", 0.70, "level-2")]
    [InlineData("production", 1.10, "level-3")]
    [InlineData("production", 1.11, null)]
    [InlineData("transport", 1.85, "level-1")]
    [InlineData("transport", 2.65, "level-2")]
    [InlineData("transport", 2.90, "level-3")]
    [InlineData("transport", 2.91, null)]
    public void Level_boundaries_are_inclusive_at_the_published_values(string stage, double unitValue, string? expected)
    {
        var indicator = Table.Indicators.Single(i => i.Stage == stage);
        BestLevelMet(indicator, unitValue).Should().Be(expected);
    }

    [Fact]
    public void Production_and_transport_are_separate_indicators_on_the_same_product()
    {
        // GB 36888 never adds the two stages: each has its own levels and its own energy lines (stage tag).
        Table.Indicators.Should().HaveCount(2);
        Table.Indicators.Select(i => i.Product).Distinct().Should().Equal("concrete.ready-mix");
        Table.Indicators.Select(i => i.Stage).Should().BeEquivalentTo("production", "transport");
    }

    private static string? BestLevelMet(BenchmarkIndicator indicator, double unitValue) =>
        indicator.Levels.FirstOrDefault(l => unitValue <= l.Value)?.Level;
}
