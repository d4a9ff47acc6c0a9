using Carbon.Plugins.Concrete.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary>docs/samples/concrete-station.json, checked by hand before the engine exists.</summary>
public sealed class SampleTests
{
    // GB/T 2589 当量值, energy.md §2.2: electricity 0.1229 kgce/kWh [C], diesel 1.4571 kgce/kg [S].
    private const double KgcePerKWh = 0.1229;
    private const double KgcePerKgDiesel = 1.4571;

    [Fact]
    public void The_sample_energy_lines_give_level_2_in_both_stages_by_hand()
    {
        using var doc = SampleProject.Read();
        var root = doc.RootElement;
        var output = Quantity.Parse(root.GetProperty("products")[0].GetProperty("output").GetString()!).In("m³");
        output.Should().Be(600_000, "60万 m³");

        double Kgce(string stage) => root.GetProperty("energy").EnumerateArray()
            .Where(e => e.GetProperty("stage").GetString() == stage)
            .Sum(e =>
            {
                var q = Quantity.Parse(e.GetProperty("amount").GetString()!);
                return e.GetProperty("carrier").GetString() switch
                {
                    "electricity" => q.In("kWh") * KgcePerKWh,
                    "diesel" => q.In("kg") * KgcePerKgDiesel,
                    var other => throw new InvalidOperationException("unexpected carrier " + other),
                };
            });

        // Production: 2 400 000 kWh × 0.1229 + 30 000 kg × 1.4571 = 294 960 + 43 713 = 338 673 kgce; / 600 000 = 0.564455.
        (Kgce("production") / output).Should().BeApproximately(0.564455, 1e-9 * 0.564455);

        // Transport: (900 000 + 80 000) kg × 1.4571 = 1 427 958 kgce; / 600 000 = 2.37993.
        (Kgce("transport") / output).Should().BeApproximately(2.37993, 1e-9 * 2.37993);
    }

    [Fact]
    public void The_sample_lines_give_their_footprints_facts_and_no_gas()
    {
        var plugin = new ConcretePlugin();
        using var doc = SampleProject.Read();
        var lines = SampleProject.Activities(doc, plugin);
        lines.Select(l => l.Amount.Value).Sum().Should().Be(600_000, "45万 + 15万 m³ = the product output");
        var c30 = Run.ReadyMix(lines[0], plugin);
        var c50 = Run.ReadyMix(lines[1], plugin);

        c30.Emissions.Should().BeEmpty();
        c50.Emissions.Should().BeEmpty();
        c30.Diagnostics.Select(d => d.Code).Should().Equal("CB7325");
        c50.Diagnostics.Should().BeEmpty();

        // C30: 300 × 735 / 1000 + 760 × 2.51 / 1000 = 222.4076 kg CO2e/m³; × 450 000 / 1000 = 100 083.42 t CO2e.
        c30.Indicators.Single(i => i.Id == "concrete.embodied-footprint").Value.Should().BeApproximately(222.4076, 1e-9 * 222.4076);
        c30.Indicators.Single(i => i.Id == "concrete.embodied-footprint-total").Value.Should().BeApproximately(100_083.42, 1e-9 * 100_083.42);

        // C50 by class: 385 kg CO2e/m³ × 150 000 / 1000 = 57 750 t CO2e.
        c50.Indicators.Single(i => i.Id == "concrete.embodied-footprint").Value.Should().Be(385);
        c50.Indicators.Single(i => i.Id == "concrete.embodied-footprint-total").Value.Should().BeApproximately(57_750, 1e-9 * 57_750);

        c30.Facts.Should().HaveCount(10, "every station fact is given once, on the C30 line");
        c50.Facts.Should().BeEmpty();
        c30.Facts.Single(f => f.Key == "concrete.mixing-lines").Value.Quantity.Value.Should().Be(2);
        c30.Facts.Single(f => f.Key == "concrete.distance-to-homes").Value.Quantity.In("m").Should().Be(420);
    }

    [Fact]
    public void The_sample_uses_the_documented_project_members()
    {
        using var doc = SampleProject.Read();
        doc.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(
            "schemaVersion", "id", "name", "nature", "industryCodes", "adminCode", "location", "reviewDate", "reportingYear",
            "products", "energy", "activities", "options", "facts");
        doc.RootElement.GetProperty("industryCodes")[0].GetString().Should().Be("C3021", "zoning.md §5: C3021 covers 商品混凝土");
        doc.RootElement.GetProperty("energy").EnumerateArray().Select(e => e.GetProperty("stage").GetString()).Distinct()
            .Should().BeEquivalentTo("production", "transport");
    }
}
