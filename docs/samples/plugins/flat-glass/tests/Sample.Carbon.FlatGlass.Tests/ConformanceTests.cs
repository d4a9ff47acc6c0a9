using Carbon.Sdk.Factors;
using Carbon.Sdk.Testing;

namespace Sample.Carbon.FlatGlass.Tests;

/// <summary>
/// The sample passes Carbon's plugin conformance kit. Each golden case is worked out by hand from a cited source; the
/// kit also checks metadata, units, citations, traces, cultures, threads and the JSON round-trip of the data.
/// </summary>
public sealed class ConformanceTests : SectorPluginConformanceTests<FlatGlassPlugin>
{
    protected override IEnumerable<GoldenCase> GoldenCases =>
    [
        new GoldenCase(
            "soda ash, default factor",
            """{ "kind": "flat-glass.carbonate-input", "amount": "10000 t", "parameters": { "carbonate": "sodium-carbonate", "purity": "99 %", "calcinationFraction": "100 %" } }""",
            "IPCC 2006 Vol. 3 Ch. 2 Table 2.1, Na2CO3 0.415094 t CO2/t [S] (ghg-methods.md §1.1): 10 000 t × 0.99 × 1 × 0.415094 = 4 109.4306 t CO2")
        {
            Gases = [new ExpectedGas(Gas.CO2, 4_109.4306)],
        },
        new GoldenCase(
            "dolomite, default factor",
            """{ "kind": "flat-glass.carbonate-input", "amount": "2万 t", "parameters": { "carbonate": "dolomite", "purity": "95 %", "calcinationFraction": "100 %" } }""",
            "IPCC 2006 Vol. 3 Ch. 2 Table 2.1, CaMg(CO3)2 0.47732 t CO2/t [S] (ghg-methods.md §1.1): 20 000 t × 0.95 × 1 × 0.47732 = 9 069.08 t CO2")
        {
            Gases = [new ExpectedGas(Gas.CO2, 9_069.08)],
        },
        new GoldenCase(
            "limestone, factor given by the project",
            """{ "kind": "flat-glass.carbonate-input", "amount": "5000 t", "parameters": { "carbonate": "calcite", "purity": "96 %", "calcinationFraction": "100 %", "emissionFactor": "0.44 tCO2/t" } }""",
            "Arithmetic of E = M × PUR × F × EF with the project's own EF: 5 000 t × 0.96 × 1 × 0.44 = 2 112 t CO2")
        {
            Gases = [new ExpectedGas(Gas.CO2, 2_112)],
        },
    ];
}
