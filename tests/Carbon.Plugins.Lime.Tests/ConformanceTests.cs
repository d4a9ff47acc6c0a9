using Carbon.Sdk.Factors;
using Carbon.Sdk.Testing;

namespace Carbon.Plugins.Lime.Tests;

/// <summary>The lime plugin passes the plugin conformance kit, with golden cases from its hand-worked tests.</summary>
public sealed class ConformanceTests : SectorPluginConformanceTests<LimePlugin>
{
    protected override IEnumerable<GoldenCase> GoldenCases =>
    [
        // Production.Tier2Tests.High_calcium_quicklime_matches_the_derived_test_vector.
        new GoldenCase(
            "production, ipcc-tier2 (default), high-calcium quicklime",
            """{ "kind": "lime.production", "amount": "100000 t", "parameters": { "limeType": "high-calcium" } }""",
            "ghg-methods.md §6.2 [D]: 100 000 t × 0.785 × 0.95 × 1.02 = 76 066.5 t CO2 (SR, CaO content and CF_lkd from IPCC 2006 Table 2.4 / §2.1 [C])")
        {
            Gases = [new ExpectedGas(Gas.CO2, 76_066.5)],
        },

        // Production.Tier1Tests.Printed_default_per_lime_type("high-calcium", null, 0.75).
        new GoldenCase(
            "production, ipcc-tier1, high-calcium printed default",
            """{ "kind": "lime.production", "amount": "100000 t", "parameters": { "limeType": "high-calcium" } }""",
            "ghg-methods.md §2.1, IPCC 2006 Table 2.4 [C]: 100 000 t × 0.75 = 75 000 t CO2")
        {
            Methodology = "ipcc-tier1",
            Gases = [new ExpectedGas(Gas.CO2, 75_000)],
        },

        // Production.Tier2Tests.Hydrated_lime_correction_with_project_water_content.
        new GoldenCase(
            "production, ipcc-tier2, hydrated-lime correction with the project's water content",
            """{ "kind": "lime.production", "amount": "100000 t", "parameters": { "limeType": "high-calcium", "hydratedLimeShare": "10 %", "hydratedLimeWaterContent": "28 %" } }""",
            "ghg-methods.md §6.2 [D]: C_h = 1 − 0.10 × 0.28 = 0.972; 100 000 × 0.74575 × 0.972 × 1.02 = 73 936.638 t CO2")
        {
            Gases = [new ExpectedGas(Gas.CO2, 73_936.638)],
        },
    ];
}
