using Carbon.Plugins.Livestock.Tests.Support;
using Carbon.Sdk.Diagnostics;
using Carbon.Sdk.Factors;

namespace Carbon.Plugins.Livestock.Tests.Methods;

/// <summary>GB/T 32151.22-2024 (NY/T 4243-2022) Appendix C values [S] (ghg-methods.md §4.6).</summary>
public class GbtMethodTests
{
    private const string Method = LivestockMethods.GbT32151Part22;

    [Fact]
    public void Pigs_without_manure_systems_use_the_regional_defaults()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Choice("region", "中南"), Method);

        result.HasErrors().Should().BeFalse();
        // Enteric: 10 000 × 1.5 kg (C.3) / 1000 = 15 t.
        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(15, 1e-9 * 15);
        // Manure CH4: 10 000 × 5.85 kg (C.7, 中南) / 1000 = 58.5 t.
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(58.5, 1e-9 * 58.5);
        // Direct N2O: 10 000 × 0.157 kg (C.10, 中南) / 1000 = 1.57 t.
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(1.57, 1e-9 * 1.57);
        // Indirect: 10 000 × 11.0 kg N (C.8) × 0.20 × 0.01 × 44/28 / 1000 = 220 × 11/7 / 1000 = 0.34571428571428571 t.
        result.Tonnes(Gas.N2O, "manure N2O (indirect, volatilisation)").Should().BeApproximately(0.34571428571428571, 1e-9 * 0.3457);
        result.Line(Gas.CH4, "manure CH4").Trace.Factors.Should().ContainSingle(f => f.Id == "livestock.gbt32151-22.manure-ch4.pig.4" && f.Status == DataStatus.SingleSource);
        result.Methodology.Should().Be("gbt-32151.22-2024");
    }

    [Fact]
    public void Pigs_with_manure_systems_use_tables_C4_to_C9()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "20 °C").Shares("manureSystems", ("solid-storage", 1.0)), Method);

        result.HasErrors().Should().BeFalse();
        // EF = 0.3 (C.4) × 365 × 0.29 (C.5) × 0.67 × 0.04 (C.6, 20 °C) = 0.851034 kg; 10 000 × 0.851034 / 1000 = 8.51034 t.
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(8.51034, 1e-9 * 8.51034);
        result.Line(Gas.CH4, "manure CH4").Trace.Factors.Should().Contain(f => f.Id == "livestock.gbt32151-22.ch4-density");
        // Direct: 10 000 × 11.0 × 0.005 (C.9 固体贮存) × 44/28 / 1000 = 550 × 11/7 / 1000 = 0.8642857142857143 t.
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.8642857142857143, 1e-9 * 0.864);
        result.Tonnes(Gas.N2O, "manure N2O (indirect, volatilisation)").Should().BeApproximately(0.34571428571428571, 1e-9 * 0.3457);
    }

    [Fact]
    public void Pit_storage_MCF_is_3_percent_from_15_to_25_C()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Quantity("temperature", "17 °C").Shares("manureSystems", ("pit-storage", 1.0)), Method);

        // MCF 舍内粪坑 15–25 °C = 3.0 % (C.6 [S]): EF = 0.3 × 365 × 0.29 × 0.67 × 0.03 = 0.6382755 kg; × 10 000 / 1000 = 6.382755 t.
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(6.382755, 1e-9 * 6.382755);
        result.Line(Gas.CH4, "manure CH4").Trace.Factors.Should().Contain(f => f.Id == "livestock.gbt32151-22.mcf.pit-storage.t15-25");
    }

    [Fact]
    public void Dairy_needs_an_age_class_and_uses_table_C3_by_age()
    {
        var line = HerdLineBuilder.Of("dairy-cattle", "100 head").Choice("region", "华北");
        Herds.Run(line, Method).Single("CB7417").Path.Should().Be("/activities/0/parameters/ageClass");

        var result = Herds.Run(line.Choice("ageClass", "adult"), Method);
        // 100 × 58.6 kg (C.3 其他成年畜) / 1000 = 5.86 t; 100 × 7.46 kg (C.7 华北) / 1000 = 0.746 t; 100 × 1.846 (C.10 华北) / 1000 = 0.1846 t.
        result.Tonnes(Gas.CH4, "enteric CH4").Should().BeApproximately(5.86, 1e-9 * 5.86);
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(0.746, 1e-9 * 0.746);
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.1846, 1e-9 * 0.1846);
        // Indirect: 100 × 72.0 (C.8) × 0.20 × 0.01 × 44/28 / 1000 = 14.4 × 11/7 / 1000 = 0.022628571428571429 t.
        result.Tonnes(Gas.N2O, "manure N2O (indirect, volatilisation)").Should().BeApproximately(0.022628571428571429, 1e-9 * 0.0226);
    }

    [Fact]
    public void Layers_with_manure_systems_use_the_poultry_rows()
    {
        var result = Herds.Run(HerdLineBuilder.Of("layers", "10000 head").Quantity("temperature", "5 °C").Shares("manureSystems", ("solid-storage", 1.0)), Method);

        result.Single("CB7420").Severity.Should().Be(DiagnosticSeverity.Info);
        // EF = 0.02 (C.4) × 365 × 0.24 (C.5) × 0.67 × 0.02 (C.6 ≤ 10 °C) = 0.0234768 kg; 10 000 × 0.0234768 / 1000 = 0.234768 t.
        result.Tonnes(Gas.CH4, "manure CH4").Should().BeApproximately(0.234768, 1e-9 * 0.234768);
        // Direct: 10 000 × 0.60 (C.8) × 0.005 × 44/28 / 1000 = 30 × 11/7 / 1000 = 0.047142857142857143 t.
        result.Tonnes(Gas.N2O, "manure N2O (direct)").Should().BeApproximately(0.047142857142857143, 1e-9 * 0.0471);
        // Indirect: 10 000 × 0.60 × 0.20 × 0.01 × 44/28 / 1000 = 12 × 11/7 / 1000 = 0.018857142857142857 t.
        result.Tonnes(Gas.N2O, "manure N2O (indirect, volatilisation)").Should().BeApproximately(0.018857142857142857, 1e-9 * 0.0189);
    }

    [Fact]
    public void Layers_without_manure_systems_have_a_national_N2O_default_but_no_CH4_default()
    {
        var result = Herds.Run(HerdLineBuilder.Of("layers", "10000 head"), Method);
        result.Single("CB7408").Path.Should().Be("/activities/0/parameters/manureSystems");
        result.Codes(DiagnosticSeverity.Error).Should().ContainSingle();
    }

    [Fact]
    public void Region_is_required_for_the_regional_defaults()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head"), Method);
        result.Diagnostics.Where(d => d.Code == "CB7411").Should().HaveCount(2); // manure CH4 (C.7) and direct N2O (C.10)
    }

    [Fact]
    public void Buffalo_need_manure_systems_and_sheep_are_not_covered()
    {
        Herds.Run(HerdLineBuilder.Of("buffalo", "100 head").Choice("ageClass", "adult").Choice("region", "华东"), Method)
            .Codes(DiagnosticSeverity.Error).Should().Contain("CB7408");
        var sheep = Herds.Run(HerdLineBuilder.Of("sheep", "100 head"), Method);
        sheep.Single("CB7403").Message.En.Should().Contain("ipcc-2006-tier1");
    }

    [Fact]
    public void Leaching_uses_the_GBT_EF5()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Choice("region", "中南").Number("fracLeach", 0.1), Method);

        // 10 000 × 11.0 × 0.1 × 0.0075 × 44/28 / 1000 = 82.5 × 11/7 / 1000 = 0.12964285714285714 t.
        result.Tonnes(Gas.N2O, "manure N2O (indirect, leaching)").Should().BeApproximately(0.12964285714285714, 1e-9 * 0.1296);
        result.Line(Gas.N2O, "manure N2O (indirect, leaching)").Trace.Factors.Should().ContainSingle(f => f.Id == "livestock.gbt32151-22.ef5");
    }

    [Fact]
    public void Project_frac_gas_ms_replaces_the_20_percent()
    {
        var result = Herds.Run(HerdLineBuilder.Of("swine-market", "10000 head").Choice("region", "中南").Json("fracGasMs", "\"30 %\""), Method);

        // 10 000 × 11.0 × 0.30 × 0.01 × 44/28 / 1000 = 330 × 11/7 / 1000 = 0.51857142857142857 t.
        result.Tonnes(Gas.N2O, "manure N2O (indirect, volatilisation)").Should().BeApproximately(0.51857142857142857, 1e-9 * 0.5186);
    }
}
