using Carbon.Sdk.Factors;
using Carbon.Sdk.Testing;

namespace Carbon.Plugins.Livestock.Tests;

/// <summary>
/// The livestock plugin passes the plugin conformance kit, with golden cases from its hand-worked tests. Calculators
/// emit tonnes of CH4 and N2O (the core converts to CO2e); the CO2e totals of the ghg-methods.md §6.2 vector are worked
/// in the citation so that a reader can check them against the published figures.
/// </summary>
public sealed class ConformanceTests : SectorPluginConformanceTests<LivestockPlugin>
{
    protected override IEnumerable<GoldenCase> GoldenCases =>
    [
        // SwineTestVectorTests (Enteric_CH4_is_10_t, Manure_CH4_is_40_t, Direct_N2O_is_337_26_kg,
        // Indirect_N2O_from_volatilisation_is_303_534_kg, CO2e_by_hand_matches_the_published_test_vector) and
        // PigEquivalentTests (1 market pig = 1 pig, GB 18596-2001 §1.2.2 [C]).
        new GoldenCase(
            "herd, ipcc-2006-tier1, ghg-methods.md §6.2 swine vector",
            """{ "kind": "livestock.herd", "amount": "10000 head", "parameters": { "category": "swine-market", "population": "stock", "temperature": "20 °C", "manureSystems": { "solid-storage": "100 %" } } }""",
            "ghg-methods.md §6.2 [D]: enteric 10 000 × 1.0 kg (IPCC 2006 Table 10.10 [S]) / 1000 = 10 t CH4; manure 10 000 × 4 kg (Table 10.14, Asia, 20 °C [S]) / 1000 = 40 t CH4; "
            + "Nex = 0.42 × 28/1000 × 365 = 4.2924 kg N/head/yr; direct 10 000 × 4.2924 × 0.005 × 44/28 = 337.26 kg N2O; "
            + "indirect 10 000 × 4.2924 × 0.45 (Table 10.22 [S]) × 0.01 (EF4 [C]) × 44/28 = 303.534 kg N2O; "
            + "CO2e 50 × 28 + 0.640794 × 265 = 1 569.810 t (AR5), 50 × 25 + 0.640794 × 298 = 1 440.957 t (AR4), 50 × 21 + 0.640794 × 310 = 1 248.646 t (SAR)")
        {
            Methodology = "ipcc-2006-tier1",
            // CH4 10 + 40 = 50 t; N2O 0.33726 + 0.303534 = 0.640794 t.
            Gases = [new ExpectedGas(Gas.CH4, 50), new ExpectedGas(Gas.N2O, 0.640794)],
            // 10 000 head × 1 pig/pig = 10 000 pig equivalents (GB 18596-2001 §1.2.2 [C]).
            Indicators = [new ExpectedIndicator("livestock.pig-equivalents", 10_000, "head")],
        },

        // IpccTier2Tests.Swine_at_20_C_take_VS_B0_from_GBT_and_MCF_from_table_C6: only manure CH4 changes; enteric CH4
        // and manure N2O stay on the §6.2 Tier 1 vector.
        new GoldenCase(
            "herd, ipcc-2006-tier2, swine at 20 °C in solid storage",
            """{ "kind": "livestock.herd", "amount": "10000 head", "parameters": { "category": "swine-market", "population": "stock", "temperature": "20 °C", "manureSystems": { "solid-storage": "100 %" } } }""",
            "IPCC 2006 Eq. 10.23 with GB/T 32151.22-2024 VS 0.3 kg/d (C.4 [S]), B0 0.29 (C.5 [S]), 0.67 kg/m³, MCF 4 % (C.6, 20 °C [S]): "
            + "EF = 0.3 × 365 × 0.29 × 0.67 × 0.04 = 0.851034 kg/head/yr; 10 000 × 0.851034 / 1000 = 8.51034 t; "
            + "CH4 = 10 (enteric, Tier 1) + 8.51034 = 18.51034 t; N2O = 0.33726 + 0.303534 = 0.640794 t as in ghg-methods.md §6.2 [D]")
        {
            Methodology = "ipcc-2006-tier2",
            Gases = [new ExpectedGas(Gas.CH4, 10 + 8.51034), new ExpectedGas(Gas.N2O, 0.33726 + 0.303534)],
        },

        // GbtMethodTests.Pigs_without_manure_systems_use_the_regional_defaults.
        new GoldenCase(
            "herd, gbt-32151.22-2024, pigs in 中南 with the regional defaults",
            """{ "kind": "livestock.herd", "amount": "10000 head", "parameters": { "category": "swine-market", "population": "stock", "region": "中南" } }""",
            "GB/T 32151.22-2024 Appendix C [S] (ghg-methods.md §4.6): enteric 10 000 × 1.5 kg (C.3) / 1000 = 15 t CH4; manure 10 000 × 5.85 kg (C.7, 中南) / 1000 = 58.5 t CH4; "
            + "direct 10 000 × 0.157 kg (C.10, 中南) / 1000 = 1.57 t N2O; indirect 10 000 × 11.0 kg N (C.8) × 0.20 × 0.01 × 44/28 / 1000 = 0.345714… t N2O")
        {
            Methodology = "gbt-32151.22-2024",
            // CH4 15 + 58.5 = 73.5 t; N2O 1.57 + 220 × 11/7 / 1000 = 1.57 + 0.345714285714… = 1.915714285714… t.
            Gases = [new ExpectedGas(Gas.CH4, 73.5), new ExpectedGas(Gas.N2O, 1.57 + (220.0 * 11.0 / 7.0 / 1000.0))],
        },
    ];
}
