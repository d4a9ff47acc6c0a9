using Carbon.Plugins.Concrete.Tests.Support;
using Carbon.Reports;
using Carbon.Sdk.Benchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary>docs/samples/concrete-station.json assessed by the engine: <c>services.AddCarbon().AddConcrete()</c>.</summary>
public sealed class EndToEndTests
{
    // Hand-worked from the sample (docs/samples/concrete-station.md):
    // GB/T 2589 当量值 (energy.md §2.2): electricity 0.1229 kgce/kWh [C]; diesel 1.4571 kgce/kg [S].
    // Diesel CO2 (ghg-methods.md §5.2 [S]): 42.652 GJ/t × 20.2 tC/TJ ÷ 1000 × 0.98 × 44/12 = 3.0959096373… t CO2/t.
    // Grid 2023 华东 (ghg-methods.md §5.3 [C]): 0.5500 kg CO2/kWh.
    private const double DieselCo2PerTonne = 42.652 * 20.2 / 1000 * 0.98 * 44 / 12;

    private static AssessmentReport Assess(string? replace = null, string? with = null)
    {
        var services = new ServiceCollection();
        services.AddCarbon().AddConcrete();
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ICarbonEngine>();
        var json = File.ReadAllText(SampleProject.PathOnDisk);
        if (replace is not null)
        {
            json.Should().Contain(replace);
            json = json.Replace(replace, with, StringComparison.Ordinal);
        }

        return engine.Assess(System.Text.Encoding.UTF8.GetBytes(json));
    }

    [Fact]
    public void The_sample_assesses_without_errors_and_the_plugin_is_loaded()
    {
        var report = Assess();
        report.HasErrors.Should().BeFalse(string.Join("; ", report.Diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message.En)));
        report.Methodologies.Should().ContainSingle(m => m.Plugin == "concrete").Which.Should().Match<MethodologyReport>(m =>
            m.Id == "gb36888-2018" && m.Status == "single-source" && m.EffectiveFrom == "2019-12-01");
        report.DataSets.Select(d => d.Id).Should().Contain("concrete.gbt51366-2019");
    }

    [Fact]
    public void Unit_consumption_per_stage_is_as_worked_by_hand()
    {
        var report = Assess();
        var units = report.Energy!.UnitConsumption.Where(u => u.Product == "concrete.ready-mix").ToList();

        // Production: (2 400 000 kWh × 0.1229 + 30 000 kg × 1.4571) kgce ÷ 600 000 m³ = 338 673 ÷ 600 000 = 0.564455 kgce/m³.
        var production = units.Single(u => u.Stage == "production" && u.Basis == "comprehensive-energy");
        production.Value.Should().BeApproximately(0.564455, 1e-9 * 0.564455);
        production.Unit.Should().Be("kgce/m³");

        // Transport: 980 000 kg × 1.4571 ÷ 600 000 = 1 427 958 ÷ 600 000 = 2.37993 kgce/m³.
        var transport = units.Single(u => u.Stage == "transport" && u.Basis == "comprehensive-energy");
        transport.Value.Should().BeApproximately(2.37993, 1e-9 * 2.37993);

        // Whole station: 1 766 631 kgce ÷ 600 000 = 2.944385 kgce/m³ — GB 36888 never compares this sum.
        units.Single(u => u.Stage == null && u.Basis == "comprehensive-energy").Value.Should().BeApproximately(2.944385, 1e-9 * 2.944385);

        // Electricity: 2 400 000 kWh ÷ 600 000 m³ = 4 kWh/m³.
        units.Single(u => u.Basis == "electricity").Value.Should().BeApproximately(4, 1e-9 * 4);

        // 338.673 + 1 427.958 = 1 766.631 tce.
        report.Energy.Totals.EquivalentTce.Should().BeApproximately(1766.631, 1e-9 * 1766.631);
    }

    [Fact]
    public void Per_stage_unit_consumption_meets_level_2_of_the_plugins_table()
    {
        var report = Assess();
        var services = new ServiceCollection();
        services.AddCarbon().AddConcrete();
        using var provider = services.BuildServiceProvider();
        var table = provider.GetRequiredService<ICarbonEngine>().Catalog.DataSets.SelectMany(d => d.Benchmarks).Single(t => t.Id == "gb36888-2018");

        foreach (var indicator in table.Indicators)
        {
            var unit = report.Energy!.UnitConsumption.Single(u => u.Product == indicator.Product && u.Stage == indicator.Stage && u.Basis == "comprehensive-energy");
            unit.Unit.Should().Be(indicator.Unit);

            // 0.30 < 0.564455 ≤ 0.70 and 1.85 < 2.37993 ≤ 2.65: level 2 in both stages.
            BestLevelMet(indicator, unit.Value).Should().Be("level-2", indicator.Id);
        }
    }

    [Fact]
    public void Operational_totals_exclude_the_embodied_indicators()
    {
        var report = Assess();
        var emissions = report.Emissions!;

        // Only the energy lines emit: 4 lines, none from the ready-mix activity.
        emissions.Lines.Select(l => l.Activity).Should().BeEquivalentTo("electricity", "diesel", "diesel", "diesel");
        emissions.Lines.Should().NotContain(l => l.Activity.StartsWith("concrete", StringComparison.Ordinal));

        // 2 400 MWh × 0.5500 = 1 320 t; 1 010 t × 3.0959096373… = 3 126.8687337 t; total 4 446.8687337 t CO2e (CO2 only).
        var expected = 1320 + (1010 * DieselCo2PerTonne);
        expected.Should().BeApproximately(4446.8687337, 1e-6);
        emissions.Totals.Co2eTonnes.Should().BeApproximately(expected, 1e-9 * expected);
        emissions.Totals.Co2eTonnes.Should().BeApproximately(emissions.Lines.Sum(l => l.Co2eTonnes), 1e-9 * expected);

        // The footprints sit beside the emissions: C30 222.4076 kg CO2e/m³ × 450 000 m³ = 100 083.42 t; C50 385 × 150 000 = 57 750 t.
        var totals = report.Indicators.Where(i => i.Id == "concrete.embodied-footprint-total").ToList();
        totals.Select(i => i.Path).Should().Equal("/activities/0", "/activities/1");
        totals[0].Value.Should().BeApproximately(100_083.42, 1e-9 * 100_083.42);
        totals[1].Value.Should().BeApproximately(57_750, 1e-9 * 57_750);
        report.Indicators.Single(i => i.Id == "concrete.embodied-footprint" && i.Path == "/activities/0").Value
            .Should().BeApproximately(222.4076, 1e-9 * 222.4076);

        // Were they added, the total would be 162 280.29 t; it is 4 446.87 t.
        emissions.Totals.Co2eTonnes.Should().BeLessThan(totals.Sum(t => t.Value));
    }

    [Fact]
    public void The_station_facts_reach_the_report_with_their_origin()
    {
        var report = Assess();
        var facts = report.Facts.Where(f => f.Origin == "concrete").ToList();
        facts.Select(f => f.Key).Should().BeEquivalentTo(
            "concrete.enclosed-storage", "concrete.enclosed-mixing", "concrete.dust-collectors", "concrete.wash-water-recycling",
            "concrete.distance-to-homes", "concrete.in-park", "concrete.upgrade-of-existing", "concrete.mixing-lines",
            "concrete.dust-emission", "concrete.dust-emission-basis");
        facts.Should().OnlyContain(f => f.Path != null && f.Path.StartsWith("/activities/0/parameters/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_methodology_the_plugin_does_not_offer_is_an_error_through_the_engine()
    {
        var report = Assess("\"concrete\": \"gb36888-2018\"", "\"concrete\": \"gbt51366-2019\"");
        report.HasErrors.Should().BeTrue();
        report.Diagnostics.Should().Contain(d => d.Code == "CB7303" && d.Path == "/options/methods/concrete");
        report.Emissions.Should().BeNull("an error means no numbers");
    }

    private static string? BestLevelMet(BenchmarkIndicator indicator, double unitValue) =>
        indicator.Levels.FirstOrDefault(l => unitValue <= l.Value)?.Level;
}
