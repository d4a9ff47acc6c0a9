using System.Collections.Immutable;
using Carbon.Sdk.Factors;

namespace Carbon.Sdk.Testing;

/// <summary>
/// A worked example the plugin must reproduce: one <c>activities[]</c> line as a project file writes it, the tonnes of
/// each gas (and, optionally, indicator values) worked out by hand from a cited source, and the citation.
/// </summary>
/// <param name="Name">A short name shown when the case fails, e.g. <c>"clinker, china-2013, ghg-methods.md §6.2"</c>.</param>
/// <param name="ActivityJson">The line, e.g. <c>{"kind": "cement.clinker", "amount": "1000000 t", "parameters": {"caoFraction": "65 %"}}</c>.</param>
/// <param name="Citation">Where the expected numbers come from and how they were worked out.</param>
public sealed record GoldenCase(string Name, string ActivityJson, string Citation)
{
    /// <summary>The tonnes of each gas the line must emit (summed over its emission lines); a gas not listed must not be emitted.</summary>
    public ImmutableArray<ExpectedGas> Gases { get; init; } = [];

    /// <summary>Indicator values the line must report (others may be reported too).</summary>
    public ImmutableArray<ExpectedIndicator> Indicators { get; init; } = [];

    /// <summary>The methodology chosen for the plugin (<c>options.methods[pluginId]</c>), or null for the plugin's default.</summary>
    public string? Methodology { get; init; }

    /// <summary>The relative tolerance of the comparison, 1e-9 unless the source prints rounded figures.</summary>
    public double RelativeTolerance { get; init; } = 1e-9;

    /// <summary>The case's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}

/// <summary>The tonnes of one gas a golden case must give.</summary>
/// <param name="Gas">The gas.</param>
/// <param name="Tonnes">Tonnes of the gas (not CO2e).</param>
public sealed record ExpectedGas(Gas Gas, double Tonnes);

/// <summary>An indicator value a golden case must give.</summary>
/// <param name="Id">The indicator id, e.g. <c>concrete.embodied-footprint</c>.</param>
/// <param name="Value">The value in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit the indicator reports, e.g. <c>kg CO2e/m³</c>.</param>
public sealed record ExpectedIndicator(string Id, double Value, string Unit);
