using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Methods;

/// <summary>
/// ghg-methods.md §6.2 livestock test vector [D]: 10 000 market swine (annual average population), Asia / developing
/// defaults, 20 °C, all manure in solid storage, Nex from market swine 0.42 kg N/1000 kg/day at 28 kg.
/// </summary>
public class SwineTestVectorTests
{
    private static ActivityResult Vector() => Herds.Run(
        HerdLineBuilder.Of("swine-market", "10000 head", "stock")
            .Quantity("temperature", "20 °C")
            .Shares("manureSystems", ("solid-storage", 1.0)),
        LivestockMethods.IpccTier1);

    [Fact]
    public void Enteric_CH4_is_10_t()
    {
        // 10 000 head × 1.0 kg CH4/head/yr (IPCC Table 10.10, swine, developing [S]) / 1000 = 10 t (§6.2 [D]).
        var result = Vector();
        result.HasErrors().Should().BeFalse();
        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(10, 1e-9 * 10);
    }

    [Fact]
    public void Manure_CH4_is_40_t()
    {
        // 10 000 head × 4 kg CH4/head/yr (IPCC Table 10.14, swine Asia, 20 °C [S]) / 1000 = 40 t (§6.2 [D]).
        Vector().Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(40, 1e-9 * 40);
    }

    [Fact]
    public void Direct_N2O_is_337_26_kg()
    {
        // Nex = 0.42 × 28/1000 × 365 = 4.2924 kg N/head/yr; 10 000 × 4.2924 × 1 × 0.005 × 44/28 = 337.26 kg = 0.33726 t (§6.2 [D]).
        Vector().Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.33726, 1e-9 * 0.33726);
    }

    [Fact]
    public void Indirect_N2O_from_volatilisation_is_303_534_kg()
    {
        // 10 000 × 4.2924 × 1 × 0.45 (Frac_GasMS, swine solid storage, Table 10.22 [S]) × 0.01 (EF4 [C]) × 44/28 = 303.534 kg (§6.2 [D]).
        Vector().Tonnes(Gas.N2O, "manure N2O (indirect, volatilisation)").Should().BeApproximately(0.303534, 1e-9 * 0.303534);
    }

    [Fact]
    public void No_leaching_line_without_frac_leach()
    {
        Vector().Emissions.Should().HaveCount(4);
    }

    [Theory]
    // CH4 50 t, N2O 0.33726 + 0.303534 = 0.640794 t (§6.2 [D]):
    [InlineData(Gwp.Ar5Ch4, Gwp.Ar5N2O, 1569.81041)] // 50 × 28 + 0.640794 × 265 = 1400 + 169.81041 = 1 569.810 t (§6.2)
    [InlineData(Gwp.Ar4Ch4, Gwp.Ar4N2O, 1440.956612)] // 50 × 25 + 0.640794 × 298 = 1250 + 190.956612 = 1 440.957 t (§6.2)
    [InlineData(Gwp.SarCh4, Gwp.SarN2O, 1248.64614)] // 50 × 21 + 0.640794 × 310 = 1050 + 198.64614 = 1 248.646 t (§6.2)
    public void CO2e_by_hand_matches_the_published_test_vector(double gwpCh4, double gwpN2O, double expected)
    {
        var co2e = Vector().Co2e(gwpCh4, gwpN2O);
        co2e.Should().BeApproximately(expected, 1e-9 * expected);
        Math.Round(co2e, 3).Should().Be(Math.Round(expected, 3));
    }

    [Fact]
    public void Traces_cite_every_factor_with_its_status()
    {
        var result = Vector();
        var enteric = result.Line(Gas.CH4, "enteric CH4").Trace;
        enteric.Formula.Should().Be("CH4 = N × EF / 1000");
        enteric.Factors.Should().ContainSingle(f => f.Id == "livestock.ipcc2006.enteric.swine" && f.Value == 1.0 && f.Status == DataStatus.SingleSource);
        enteric.Inputs.Should().Contain(i => i.Name == "N" && i.Value == 10000 && i.Origin == InputOrigin.Project && i.Path == "/activities/0/amount");

        var manure = result.Line(Gas.CH4, "manure CH4").Trace;
        manure.Factors.Should().ContainSingle(f => f.Id == "livestock.ipcc2006.manure-ch4.swine.t20" && f.Value == 4);
        manure.Inputs.Should().Contain(i => i.Name == "T" && i.Value == 20 && i.Path == "/activities/0/parameters/temperature");
        manure.Note!.En.Should().Contain("rounded to the nearest whole degree");

        var direct = result.Line(Gas.N2O, "manure N2O (direct)").Trace;
        direct.Factors.Select(f => f.Id).Should().BeEquivalentTo(
            "livestock.ipcc2006.nex-rate.swine-market", "livestock.ipcc2006.typical-mass.swine-market", "livestock.ipcc2006.ef3.solid-storage");
        direct.Inputs.Should().Contain(i => i.Name == "Nex" && Math.Abs(i.Value - 4.2924) < 1e-12 && i.Origin == InputOrigin.Derived);
        direct.Inputs.Should().Contain(i => i.Name == "44/28" && i.Origin == InputOrigin.Constant);

        var indirect = result.Line(Gas.N2O, "manure N2O (indirect, volatilisation)").Trace;
        indirect.Factors.Select(f => f.Id).Should().Contain(["livestock.ipcc2006.frac-gas-ms.swine.solid-storage", "livestock.ipcc2006.ef4"]);
        indirect.Factors.Single(f => f.Id == "livestock.ipcc2006.ef4").Status.Should().Be(DataStatus.Confirmed);
        result.Emissions.Should().OnlyContain(e => !e.Trace.UsesUnconfirmed);
    }

    [Fact]
    public void Methodology_is_recorded_and_sources_are_set()
    {
        var result = Vector();
        result.Methodology.Should().Be("ipcc-2006-tier1");
        result.Line(Gas.CH4, "enteric CH4").Source.Should().Be(EmissionSources.EntericFermentation);
        result.Emissions.Where(e => e.Label?.En != "enteric CH4").Should().OnlyContain(e => e.Source == EmissionSources.ManureManagement);
        // The only notice: a 存栏 line without daysAlive cannot be put on the 出栏 basis of the pig scale thresholds.
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("CB7424");
    }

    [Fact]
    public void Default_methodology_is_ipcc_tier1()
    {
        var withDefault = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0)));
        withDefault.Methodology.Should().Be("ipcc-2006-tier1");
        withDefault.Sum(Gas.CH4).Should().BeApproximately(50, 1e-9 * 50);
    }
}
