using Carbon.Sdk.Testing;

namespace Carbon.Plugins.Concrete.Tests;

/// <summary>
/// The concrete plugin passes the plugin conformance kit, with golden cases from its hand-worked tests. Ready-mix lines
/// emit no gas (mixing has no calcination), so the cases expect indicators only.
/// </summary>
public sealed class ConformanceTests : SectorPluginConformanceTests<ConcretePlugin>
{
    protected override IEnumerable<GoldenCase> GoldenCases =>
    [
        // EmbodiedFootprintTests.Cement_alone_gives_220_5_kg_per_cubic_metre.
        new GoldenCase(
            "ready-mix, embodied footprint from 300 kg cement per m³",
            """{ "kind": "concrete.ready-mix", "amount": "1万 m³", "parameters": { "embodied": { "cementPerM3": "300 kg" } } }""",
            "ghg-methods.md §3.3 [D]: 300 kg/m³ × 735 kg CO2e/t (GB/T 51366-2019 [C]) ÷ 1000 = 220.5 kg CO2e/m³; × 10 000 m³ ÷ 1000 = 2 205 t CO2e")
        {
            Indicators =
            [
                new ExpectedIndicator("concrete.embodied-footprint", 220.5, "kg CO2e/m³"),
                new ExpectedIndicator("concrete.embodied-footprint-total", 2205, "t CO2e"),
            ],
        },

        // EmbodiedFootprintTests.The_strength_class_basis_uses_the_whole_concrete_factor("C30", 295.0, …).
        new GoldenCase(
            "ready-mix, C30 strength-class footprint",
            """{ "kind": "concrete.ready-mix", "amount": "15万 m³", "parameters": { "strengthClass": "C30", "embodied": { "basis": "strength-class" } } }""",
            "GB/T 51366-2019 C30 = 295 kg CO2e/m³ [C] (ghg-methods.md); 295 × 150 000 ÷ 1000 = 44 250 t CO2e")
        {
            Indicators =
            [
                new ExpectedIndicator("concrete.embodied-footprint", 295, "kg CO2e/m³"),
                new ExpectedIndicator("concrete.embodied-footprint-total", 44_250, "t CO2e"),
            ],
        },

        // ReadyMixCalculatorTests.A_plain_line_emits_no_gas_and_reports_its_output.
        new GoldenCase(
            "ready-mix, plain output line",
            """{ "kind": "concrete.ready-mix", "amount": "60万 m³" }""",
            "ghg-methods.md §3.1: mixing has no calcination, so no gas; 60万 m³ = 60 × 10 000 = 600 000 m³")
        {
            Indicators = [new ExpectedIndicator("concrete.output", 600_000, "m³")],
        },
    ];
}
