using Carbon.Sdk.Factors;
using Carbon.Sdk.Testing;

namespace Carbon.Plugins.Xyzzy.Tests;

/// <summary>
/// The plugin must pass Carbon's conformance kit. Replace these golden cases with worked examples from your sector's
/// guideline: each expected value worked out by hand from a cited source, with the arithmetic in the citation.
/// </summary>
public sealed class ConformanceTests : SectorPluginConformanceTests<QuuxPlugin>
{
    /// <inheritdoc />
    protected override IEnumerable<GoldenCase> GoldenCases =>
    [
        new GoldenCase(
            "output with the project's emission factor",
            """{ "kind": "quux.production", "amount": "1000 t", "parameters": { "emissionFactor": "0.5 tCO2/t" } }""",
            "E = M × EF with both given by the project: 1 000 t × 0.5 tCO2/t = 500 t CO2")
        {
            Gases = [new ExpectedGas(Gas.CO2, 500)],
        },
        new GoldenCase(
            "output in 万 t with the project's emission factor",
            """{ "kind": "quux.production", "amount": "2万 t", "parameters": { "emissionFactor": "0.25 tCO2/t" } }""",
            "E = M × EF: 20 000 t × 0.25 tCO2/t = 5 000 t CO2")
        {
            Gases = [new ExpectedGas(Gas.CO2, 5_000)],
        },
    ];
}
