using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Methods;

/// <summary>IPCC 2006 Tier 2 manure CH4: EF = VS × 365 × B0 × 0.67 × Σ (MCF × MS).</summary>
public class IpccTier2Tests
{
    private const string Method = LivestockMethods.IpccTier2;

    [Fact]
    public void Swine_at_20_C_take_VS_B0_from_GBT_and_MCF_from_table_C6()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0)), Method);

        // IPCC swine VS/B0 are UNCONFIRMED, so the [S] GB/T 32151.22 values win: VS 0.3 kg/d (C.4), B0 0.29 (C.5);
        // ρ 0.67 kg/m³; MCF solid storage 20 °C 4.0 % (C.6 [S]).
        // EF = 0.3 × 365 × 0.29 × 0.67 × 0.04 = 0.851034 kg CH4/head/yr; 10 000 × 0.851034 / 1000 = 8.51034 t.
        result.HasErrors().Should().BeFalse();
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(8.51034, 1e-9 * 8.51034);
        var trace = result.Line(Gas.CH4, "manure CH4").Trace;
        trace.Factors.Select(f => f.Id).Should().BeEquivalentTo(
            "livestock.gbt32151-22.vs.pig", "livestock.gbt32151-22.b0.pig", "livestock.ipcc2006.ch4-density", "livestock.gbt32151-22.mcf.solid-storage.t20");
        trace.UsesUnconfirmed.Should().BeFalse();
        trace.Inputs.Should().Contain(i => i.Name == "365" && i.Origin == Sdk.Activities.InputOrigin.Constant);

        // Enteric and N2O stay Tier 1: 10 t CH4 and 0.33726 t direct N2O as in §6.2.
        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(10, 1e-9 * 10);
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.33726, 1e-9 * 0.33726);
        result.Methodology.Should().Be("ipcc-2006-tier2");
    }

    [Fact]
    public void Dairy_at_28_C_with_two_systems_use_the_IPCC_E_SE_Asia_VS_and_B0()
    {
        var result = Herds.Run(HerdLineBuilder.Of("dairy-cattle", "100 head").Quantity("temperature", "28 °C")
            .Shares("manureSystems", ("liquid-slurry-without-crust", 0.5), ("solid-storage", 0.5)), Method);

        // VS 1022 kg/yr (= 2.8 kg/d) and B0 0.13 (S16 [S]); MCF ≥ 28 °C: no-crust 80 %, solid 5 % (C.6 [S]);
        // Σ MCF × MS = 0.5 × 0.80 + 0.5 × 0.05 = 0.425; EF = 1022 × 0.13 × 0.67 × 0.425 = 37.831885 kg/head/yr;
        // 100 × 37.831885 / 1000 = 3.7831885 t.
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(3.7831885, 1e-9 * 3.7831885);
        result.Line(Gas.CH4, "manure CH4").Trace.Factors.Select(f => f.Id).Should().Contain(["livestock.ipcc2006.vs.dairy-cattle", "livestock.ipcc2006.b0.dairy-cattle"]);
    }

    [Fact]
    public void Temperatures_without_a_C6_row_need_mcf_or_allowed_unconfirmed_IPCC_values()
    {
        var line = HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "17 °C").Shares("manureSystems", ("solid-storage", 1.0));
        var refused = Herds.Run(line, Method);
        refused.Single("CB7415").Path.Should().Be("/activities/0/parameters/manureSystems/solid-storage");
        refused.Emissions.Should().BeEmpty();

        var allowed = Herds.Run(line.Bool("allowUnconfirmed", true).Choice("climateZone", "temperate"), Method);
        allowed.Diagnostics.Should().Contain(d => d.Code == "CB7413" && d.Severity == DiagnosticSeverity.Warning);
        // IPCC Table 10.17 solid storage, temperate, 4 % (UNCONFIRMED): EF = 0.3 × 365 × 0.29 × 0.67 × 0.04 = 0.851034 → 8.51034 t.
        allowed.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(8.51034, 1e-9 * 8.51034);
        allowed.Line(Gas.CH4, "manure CH4").Trace.Factors.Should().Contain(f => f.Id == "livestock.ipcc2006.mcf.solid-storage.temperate" && f.Status == DataStatus.Unconfirmed);
    }

    [Fact]
    public void Project_VS_B0_and_MCF_need_no_temperature()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "1000 head").Shares("manureSystems", ("uncovered-anaerobic-lagoon", 1.0))
            .Quantity("vs", "0.5 kg VS/head/d").Quantity("b0", "0.45 m³/kg VS").Json("mcf", "{\"uncovered-anaerobic-lagoon\": \"10 %\"}"), Method);

        // EF = 0.5 × 365 × 0.45 × 0.67 × 0.10 = 5.502375 kg/head/yr; 1 000 × 5.502375 / 1000 = 5.502375 t.
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(5.502375, 1e-9 * 5.502375);
        result.Line(Gas.CH4, "manure CH4").Trace.Factors.Should().ContainSingle(f => f.Id == "livestock.ipcc2006.ch4-density");
    }

    [Fact]
    public void Tier2_needs_manure_systems()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C"), Method);
        result.Codes(DiagnosticSeverity.Error).Should().Contain("CB7408");
        result.Emissions.Should().BeEmpty();
    }

    [Fact]
    public void Invalid_mcf_map_is_rejected()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C")
            .Shares("manureSystems", ("solid-storage", 1.0)).Json("mcf", "{\"solid-storage\": 2, \"septic-tank\": 0.1}"), Method);
        result.Diagnostics.Where(d => d.Code == "CB7421").Select(d => d.Path).Should().BeEquivalentTo(
            "/activities/0/parameters/mcf/solid-storage", "/activities/0/parameters/mcf/septic-tank");
        result.Emissions.Should().BeEmpty();
    }
}
