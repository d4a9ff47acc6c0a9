using Carbon.Sdk.Activities;

namespace Carbon.Emissions;

/// <summary>A gas emission with where it came from, before CO2e conversion.</summary>
/// <param name="Emission">The gas emission.</param>
/// <param name="Activity">The carrier id or activity kind.</param>
/// <param name="Path">The JSON Pointer of the project line.</param>
/// <param name="Methodology">The methodology id, or null.</param>
internal sealed record EmissionLineResult(GasEmission Emission, string Activity, string Path, string? Methodology);
