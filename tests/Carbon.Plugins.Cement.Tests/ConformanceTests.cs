using Carbon.Sdk.Factors;
using Carbon.Sdk.Testing;

namespace Carbon.Plugins.Cement.Tests;

/// <summary>The cement plugin passes the plugin conformance kit, with golden cases from its hand-worked tests.</summary>
public sealed class ConformanceTests : SectorPluginConformanceTests<CementPlugin>
{
    protected override IEnumerable<GoldenCase> GoldenCases =>
    [
        // ClinkerChinaMethodTests.Default_methodology_is_china_2013_and_gives_the_ghg_6_2_vector:
        // EF = (0.65 − 0.01) × 44/56 + (0.02 − 0.001) × 44/40 = 0.5237571… t/t; 1 000 000 t × EF = 523 757.142857… t CO2.
        new GoldenCase(
            "clinker, china-2013, ghg-methods.md §6.2 vector",
            """{ "kind": "cement.clinker", "amount": "1000000 t", "parameters": { "caoFraction": "65 %", "nonCarbonateCaoFraction": "1 %", "mgoFraction": "2 %", "nonCarbonateMgoFraction": "0.1 %" } }""",
            "ghg-methods.md §6.2 [D] from the §1.2 clinker-based equation [C]: 1 000 000 × (0.64 × 44/56 + 0.019 × 44/40) = 523 757.142857… t CO2")
        {
            Gases = [new ExpectedGas(Gas.CO2, 1_000_000 * ((0.64 * 44.0 / 56.0) + (0.019 * 44.0 / 40.0)))],
            Indicators = [new ExpectedIndicator("cement.clinker-process-ef", (0.64 * 44.0 / 56.0) + (0.019 * 44.0 / 40.0), "tCO2/t")],
        },

        // ClinkerIpccTests.Tier2_with_the_default_ckd_factor_gives_the_ghg_6_2_vector.
        new GoldenCase(
            "clinker, ipcc-tier2, default CKD factor",
            """{ "kind": "cement.clinker", "amount": "1000000 t", "parameters": { "caoFraction": "65 %" } }""",
            "ghg-methods.md §6.2 [D]: 1 000 000 t × 0.65 × 0.7848 [S] × 1.02 [C] = 520 322.4 t CO2")
        {
            Methodology = "ipcc-tier2",
            Gases = [new ExpectedGas(Gas.CO2, 520_322.4)],
        },

        // ClinkerIpccTests.Tier2_ckd_correction_from_dust_data_follows_eq_2_4.
        new GoldenCase(
            "clinker, ipcc-tier2, CKD correction from dust data (Eq. 2.4)",
            """{ "kind": "cement.clinker", "amount": "1000000 t", "parameters": { "caoFraction": "65 %", "ckdLost": "20000 t", "ckdCarbonateFraction": "50 %", "ckdCalcinationFraction": "100 %" } }""",
            "ghg-methods.md §6.2 [D]: CF_ckd = 1 + (20 000 / 1 000 000) × 0.5 × 1.0 × (0.43971 / 0.51012); E = 510 120 + 20 000 × 0.5 × 1.0 × 0.43971 = 514 517.1 t CO2")
        {
            Methodology = "ipcc-tier2",
            Gases = [new ExpectedGas(Gas.CO2, 514_517.1)],
        },
    ];
}
