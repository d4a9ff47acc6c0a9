using Carbon.Core.Tests.Support;

namespace Carbon.Core.Tests.Energy;

/// <summary>当量值 conversions per GB/T 2589 (coefficients: shared/domain/energy.md §2.2).</summary>
public class StandardCoalTests
{
    private static readonly ICarbonEngine Engine = Engines.Create();

    private static double Tce(string energyLine)
    {
        var report = Engine.Assess(Engines.Project(energy: energyLine));
        report.HasErrors.Should().BeFalse(string.Join("; ", report.Diagnostics.Select(d => d.Code + " " + d.Message.En)));
        return report.Energy!.Totals.EquivalentTce;
    }

    [Fact]
    public void Electricity_at_the_tabulated_0_1229()
    {
        // 1 000 000 kWh × 0.1229 kgce/kWh = 122 900 kgce = 122.9 tce (energy.md §2.2; never 3600/29 307).
        Tce("""{ "carrier": "electricity", "amount": "1000000 kWh" }""").Should().BeApproximately(122.9, 1e-9);
        Tce("""{ "carrier": "electricity", "amount": "100万 kWh" }""").Should().BeApproximately(122.9, 1e-9);
    }

    [Fact]
    public void Heat_at_34_12_kgce_per_GJ()
    {
        // 1 000 GJ × 0.03412 kgce/MJ = 1 000 000 MJ × 0.03412 = 34 120 kgce = 34.12 tce (energy.md §2.2).
        Tce("""{ "carrier": "heat", "amount": "1000 GJ" }""").Should().BeApproximately(34.12, 1e-9);
    }

    [Fact]
    public void Raw_coal_at_0_7143()
    {
        // 150 000 t × 0.7143 kgce/kg = 150 000 × 0.7143 tce/t = 107 145 tce (energy.md §2.2, 2008 Annex A).
        Tce("""{ "carrier": "coal.raw", "amount": "15万 t" }""").Should().BeApproximately(107_145, 1e-6);
    }

    [Fact]
    public void Diesel_and_gasoline()
    {
        // 1 t diesel × 1.4571 = 1.4571 tce; 2 t gasoline × 1.4714 = 2.9428 tce (energy.md §2.2).
        Tce("""{ "carrier": "diesel", "amount": "1 t" }""").Should().BeApproximately(1.4571, 1e-12);
        Tce("""{ "carrier": "gasoline", "amount": "2000 kg" }""").Should().BeApproximately(2.9428, 1e-12);
    }

    [Fact]
    public void Measured_ncv_converts_by_calorific_value()
    {
        // 1 000 t coal at a measured 25 GJ/t: 25 000 GJ ÷ 29.307 GJ/tce (29 307 kJ/kgce, energy.md §2.1–2.2)
        // = 853.0385…tce, instead of 1 000 × 0.7143 = 714.3 tce by the default coefficient.
        var tce = Tce("""{ "carrier": "coal.raw", "amount": "1000 t", "ncv": "25 GJ/t" }""");
        tce.Should().BeApproximately(25_000 / 29.307, 1e-9);
        tce.Should().NotBeApproximately(714.3, 1);
    }

    [Fact]
    public void Steam_converts_by_enthalpy()
    {
        // 1 000 t × 2 777 kJ/kg = 2 777 000 MJ; × 0.03412 kgce/MJ = 94 751.24 kgce = 94.75124 tce.
        Tce("""{ "carrier": "steam", "amount": "1000 t", "enthalpy": "2777 kJ/kg" }""").Should().BeApproximately(94.75124, 1e-9);
    }

    [Fact]
    public void Exported_electricity_is_deducted()
    {
        // Import 1 000 000 kWh (122.9 tce) and export 200 000 kWh (24.58 tce): 122.9 − 24.58 = 98.32 tce.
        var report = Engine.Assess(Engines.Project(energy: """
            { "carrier": "electricity", "amount": "100万 kWh" },
            { "carrier": "electricity", "amount": "20万 kWh", "direction": "export" }
            """));
        var t = report.Energy!.Totals;
        t.EquivalentTce.Should().BeApproximately(98.32, 1e-9);
        t.ExportedTce.Should().BeApproximately(24.58, 1e-9);
        report.Energy.Carriers[1].EquivalentTce.Should().BeApproximately(-24.58, 1e-9);
    }

    [Fact]
    public void Fossil_renewable_secondary_and_feedstock_are_kept_apart()
    {
        // coal 1 000 t fuel: 714.3 tce fossil; natural gas 10 000 m³ feedstock: 13.3 tce fossil and feedstock
        // (1.3300 kgce/m³, UNCONFIRMED, so also listed); grid electricity 100 000 kWh: 12.29 tce secondary;
        // rooftop PV 50 000 kWh: 6.145 tce renewable. Total 714.3 + 13.3 + 12.29 + 6.145 = 746.035 tce.
        var report = Engine.Assess(Engines.Project(energy: """
            { "carrier": "coal.raw", "amount": "1000 t" },
            { "carrier": "natural-gas", "amount": "1万 Nm³", "use": "feedstock" },
            { "carrier": "electricity", "amount": "10万 kWh" },
            { "carrier": "electricity", "amount": "5万 kWh", "origin": "on-site-renewable" }
            """));
        var t = report.Energy!.Totals;
        t.FossilTce.Should().BeApproximately(727.6, 1e-9);
        t.FeedstockTce.Should().BeApproximately(13.3, 1e-9);
        t.SecondaryTce.Should().BeApproximately(12.29, 1e-9);
        t.RenewableTce.Should().BeApproximately(6.145, 1e-9);
        t.EquivalentTce.Should().BeApproximately(746.035, 1e-9);
        t.FuelTce.Should().BeApproximately(746.035 - 13.3, 1e-9);
        (t.FossilTce + t.RenewableTce + t.SecondaryTce).Should().BeApproximately(t.EquivalentTce, 1e-9);
        report.Unconfirmed.Should().Contain(f => f.Id == "gbt2589.natural-gas.coal-equivalent");
        report.Diagnostics.Should().Contain(d => d.Code == "CB4100");
    }

    [Fact]
    public void Equal_value_is_unknown_without_a_coefficient_and_computed_with_one()
    {
        var without = Engine.Assess(Engines.Project(energy: """{ "carrier": "electricity", "amount": "100万 kWh" }"""));
        without.Energy!.Totals.EqualValueTce.Should().BeNull();
        without.Diagnostics.Should().Contain(d => d.Code == "CB3102" && d.Path == "/energy/0");

        // With a project-supplied 0.300 kgce/kWh: 1 000 000 × 0.300 = 300 000 kgce = 300 tce; coal 1 000 t adds its
        // 当量值 714.3 (for primary fuels 等价值 = 当量值): 1 014.3 tce.
        var with = Engine.Assess(Engines.Project(
            energy: """{ "carrier": "electricity", "amount": "100万 kWh" }, { "carrier": "coal.raw", "amount": "1000 t" }""",
            options: """ "equalValue": [ { "carrier": "electricity", "coefficient": "0.300 kgce/kWh", "source": "provincial statistics 2024" } ] """));
        with.Energy!.Totals.EqualValueTce.Should().BeApproximately(1014.3, 1e-9);
        with.Energy.Totals.EquivalentTce.Should().BeApproximately(122.9 + 714.3, 1e-9);
    }

    [Fact]
    public void Waste_heat_power_is_not_counted_again()
    {
        var report = Engine.Assess(Engines.Project(energy: """{ "carrier": "electricity", "amount": "100万 kWh", "origin": "waste-heat" }"""));
        report.Energy!.Totals.EquivalentTce.Should().Be(0);
        report.Energy.Carriers[0].Trace.Note!.En.Should().Contain("waste-heat");
    }

    [Fact]
    public void Unit_consumption_per_product_and_stage()
    {
        // coal 1 000 t (714.3 tce, stage production) + diesel 10 t (14.571 tce, stage transport) for 10 000 t output:
        // whole project (714.3 + 14.571) × 1000 / 10 000 = 72.8871 kgce/t; production 71.43; transport 1.4571 kgce/t.
        var report = Engine.Assess(Engines.Project(
            products: """{ "product": "x.product", "output": "1万 t" }""",
            energy: """{ "carrier": "coal.raw", "amount": "1000 t", "stage": "production" }, { "carrier": "diesel", "amount": "10 t", "stage": "transport" }"""));
        var u = report.Energy!.UnitConsumption;
        u.Single(x => x.Stage is null && x.Basis == "comprehensive-energy").Value.Should().BeApproximately(72.8871, 1e-9);
        u.Single(x => x.Stage == "production").Value.Should().BeApproximately(71.43, 1e-9);
        u.Single(x => x.Stage == "transport").Value.Should().BeApproximately(1.4571, 1e-9);
        u.Single(x => x.Stage is null && x.Basis == "comprehensive-energy").Unit.Should().Be("kgce/t");
    }
}
