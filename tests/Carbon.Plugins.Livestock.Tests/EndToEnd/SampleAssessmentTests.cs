using Carbon.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Carbon.Plugins.Livestock.Tests.EndToEnd;

/// <summary>
/// docs/samples/pig-farm-10000.json assessed through <c>services.AddCarbon().AddLivestock()</c>. Expected values are
/// worked by hand from the cited records; the farm's activity data are illustrative inputs.
/// </summary>
public class SampleAssessmentTests
{
    // Herd: 10 000 market swine sold per year, 180 days alive → N = 180 × 10 000 / 365 = 4 931.506849315068… head (IPCC Eq. 10.1 form).
    private const double Aap = 180.0 * 10000 / 365;

    // Enteric: N × 1.0 kg/head/yr / 1000 = 4.931506849315068 t CH4; manure: N × 4 kg/head/yr (Table 10.14, 20 °C) / 1000 = 19.726027397260274 t.
    // Both are the §6.2 vector (10 t, 40 t at N = 10 000) × 180/365.
    private const double Ch4 = 50.0 * 180 / 365; // 24.657534246575342 t CH4

    // N2O: (337.26 + 303.534) kg × 180/365 = 0.640794 t × 180/365 = 0.316008 t N2O (direct 0.16632 t, indirect 0.149688 t).
    private const double N2O = 0.640794 * 180 / 365;

    // Electricity: 60万 kWh = 600 MWh × 0.5271 tCO2/MWh (MEE/NBS 2023 华中 [C]) = 316.26 t CO2.
    private const double Electricity = 316.26;

    // Diesel: 15 t × 42.652 GJ/t × 20.2 tC/TJ / 1000 × 0.98 × 44/12 (S8 [S]) = 46.43864456 t CO2.
    private const double Diesel = 46.43864456;

    private static string SampleJson(string name = "pig-farm-10000.json")
    {
        using var stream = typeof(SampleAssessmentTests).Assembly.GetManifestResourceStream("Carbon.Plugins.Livestock.Tests.Samples." + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static AssessmentReport Assess(string json)
    {
        var services = new ServiceCollection();
        services.AddCarbon().AddLivestock();
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ICarbonEngine>();
        return engine.Assess(System.Text.Encoding.UTF8.GetBytes(json));
    }

    private static string WithGwp(string set) => SampleJson().Replace("\"gwpSet\": \"AR5\"", $"\"gwpSet\": \"{set}\"", StringComparison.Ordinal);

    [Fact]
    public void Sample_assesses_without_errors_and_without_livestock_warnings()
    {
        var report = Assess(SampleJson());

        var all = string.Join("; ", report.Diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message.En));
        report.Diagnostics.Where(d => d.Severity == "error").Should().BeEmpty(all);
        report.Diagnostics.Where(d => d.Code.StartsWith("CB74", StringComparison.Ordinal)).Should().BeEmpty(all);
        report.Methodologies.Should().ContainSingle(m => m.Plugin == "livestock").Which.Id.Should().Be("ipcc-2006-tier1");
        report.DataSets.Should().Contain(d => d.Id == "livestock.ipcc-2006" && d.Version == "2006-asia.1");
        report.Unconfirmed.Should().BeEmpty();
    }

    [Fact]
    public void Livestock_gas_lines_are_the_section_6_2_vector_scaled_to_the_annual_average_population()
    {
        var lines = Assess(SampleJson()).Emissions!.Lines.Where(l => l.Activity == "livestock.herd").ToList();

        lines.Single(l => l.Label?.En == "enteric CH4").Tonnes.Should().BeApproximately(Aap * 1.0 / 1000, 1e-9 * 5);
        lines.Single(l => l.Label?.En == "manure CH4").Tonnes.Should().BeApproximately(Aap * 4 / 1000, 1e-9 * 20);
        lines.Single(l => l.Label?.En == "manure N2O (direct)").Tonnes.Should().BeApproximately(0.16632, 1e-9 * 0.16632);
        lines.Single(l => l.Label?.En == "manure N2O (indirect, volatilisation)").Tonnes.Should().BeApproximately(0.149688, 1e-9 * 0.149688);
        lines.Should().HaveCount(4);
        lines.Should().OnlyContain(l => l.Methodology == "ipcc-2006-tier1" && l.Path == "/activities/0");
    }

    [Theory]
    // Livestock CO2e = 24.657534246575342 × GWP_CH4 + 0.316008 × GWP_N2O; plus electricity 316.26 and diesel 46.43864456 t CO2.
    [InlineData("AR5", 774.1530789041096, 1136.8517234641096)] // 690.41095890411 + 83.74212 = 774.15307890411; + 362.69864456 = 1 136.85172346411
    [InlineData("AR4", 710.6087401643836, 1073.3073847243836)] // 616.43835616438 + 94.170384 = 710.60874016438; + 362.69864456 = 1 073.30738472438
    [InlineData("SAR", 615.7706991780822, 978.4693437380822)]  // 517.80821917808 + 97.96248 = 615.77069917808; + 362.69864456 = 978.46934373808
    public void CO2e_under_each_gwp_set(string gwpSet, double livestock, double total)
    {
        var emissions = Assess(WithGwp(gwpSet)).Emissions!;

        emissions.GwpSet.Should().Be(gwpSet);
        emissions.Lines.Where(l => l.Activity == "livestock.herd").Sum(l => l.Co2eTonnes).Should().BeApproximately(livestock, 1e-9 * livestock);
        emissions.Totals.Co2eTonnes.Should().BeApproximately(total, 1e-9 * total);
        emissions.Totals.Ch4Tonnes.Should().BeApproximately(Ch4, 1e-9 * Ch4);
        emissions.Totals.N2oTonnes.Should().BeApproximately(N2O, 1e-9 * N2O);
        emissions.Totals.Co2Tonnes.Should().BeApproximately(Electricity + Diesel, 1e-9 * (Electricity + Diesel));
    }

    [Fact]
    public void The_same_farm_under_GBT_32151_22()
    {
        var report = Assess(SampleJson().Replace("\"livestock\": \"ipcc-2006-tier1\"", "\"livestock\": \"gbt-32151.22-2024\"", StringComparison.Ordinal));
        var lines = report.Emissions!.Lines.Where(l => l.Activity == "livestock.herd").ToList();

        // N × 1.5 (C.3) / 1000 = 7.3972602739726027 t; N × 0.851034 (0.3 × 365 × 0.29 × 0.67 × 0.04, C.4–C.6) / 1000 = 4.19688 t.
        lines.Single(l => l.Label?.En == "enteric CH4").Tonnes.Should().BeApproximately(7.3972602739726027, 1e-9 * 7.4);
        lines.Single(l => l.Label?.En == "manure CH4").Tonnes.Should().BeApproximately(4.19688, 1e-9 * 4.2);
        // Direct: N × 11.0 (C.8) × 0.005 (C.9) × 44/28 / 1000 = 0.42622309197651663 t; indirect: N × 11.0 × 0.20 × 0.01 × 44/28 / 1000 = 0.17048923679060665 t.
        lines.Single(l => l.Label?.En == "manure N2O (direct)").Tonnes.Should().BeApproximately(0.42622309197651663, 1e-9 * 0.43);
        lines.Single(l => l.Label?.En == "manure N2O (indirect, volatilisation)").Tonnes.Should().BeApproximately(0.17048923679060665, 1e-9 * 0.17);
        // AR5: 11.594140273972603 × 28 + 0.59671232876712329 × 265 = 324.63592767 + 158.12876712 = 482.76469479 t CO2e.
        lines.Sum(l => l.Co2eTonnes).Should().BeApproximately(482.76469479452055, 1e-9 * 482.76);
        report.Methodologies.Should().ContainSingle(m => m.Plugin == "livestock").Which.Id.Should().Be("gbt-32151.22-2024");
    }

    [Fact]
    public void Intensity_per_head_sold()
    {
        var intensity = Assess(SampleJson()).Emissions!.Intensities.Single(i => i.Product == "livestock.pig");

        // 1 136.8517234641096 t CO2e / 10 000 head = 0.11368517234641096 t CO2e per head sold (AR5).
        intensity.Unit.Should().Be("tCO2e/head");
        intensity.Value.Should().BeApproximately(0.11368517234641096, 1e-9 * 0.11368517234641096);
    }

    [Fact]
    public void Facts_for_zoning_reach_the_report()
    {
        var facts = Assess(SampleJson()).Facts.Where(f => f.Origin == "livestock").ToDictionary(f => f.Key);

        facts["livestock.species"].Value.Should().Be("pig");
        facts["livestock.pig-equivalents"].Value.Should().Be("10000 head"); // 10 000 pigs sold × 1 (GB 18596-2001 §1.2.2)
        facts["livestock.scale-class"].Value.Should().Be("scale-farm");     // 10 000 ≥ 500 head sold (moa-2025, in force 2025-09-01; review 2025-10-15)
        facts["livestock.scale-standard"].Value.Should().Be("moa-2025");
        facts["livestock.scale-class.first-pollution-census"].Value.Should().Be("scale-farm"); // 10 000 ≥ 500 sold [C]
        facts["livestock.distance-to-water-source"].Value.Should().Be("1500 m");
        facts["livestock.distance-to-homes"].Value.Should().Be("800 m");
        facts["livestock.manure-treatment-capacity"].Value.Should().Be("100 m³/d");
    }

    [Fact]
    public void No_farming_zone_variant_has_the_same_emissions()
    {
        var inZone = Assess(SampleJson("pig-farm-10000-in-no-farming-zone.json"));
        var sample = Assess(SampleJson());

        inZone.Diagnostics.Where(d => d.Severity == "error").Should().BeEmpty();
        inZone.Emissions!.Totals.Co2eTonnes.Should().Be(sample.Emissions!.Totals.Co2eTonnes);
        inZone.Project!.Id.Should().Be("sample-pig-farm-10000-in-no-farming-zone");
    }
}
