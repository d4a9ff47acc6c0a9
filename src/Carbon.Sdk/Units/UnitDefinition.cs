namespace Carbon.Sdk.Units;

/// <summary>
/// A parsed unit: how many canonical units one of it is, and its dimension.
/// </summary>
/// <param name="Symbol">The unit as written after normalisation, e.g. <c>GJ/万Nm³</c>.</param>
/// <param name="Scale">Canonical units per one of this unit, e.g. 0.0036 for kWh (canonical GJ).</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Substance">The substance a mass is of, when the unit names one (<c>tCO2</c>, <c>kg N</c>), else null.</param>
public sealed record UnitDefinition(string Symbol, double Scale, Dimension Dimension, string? Substance = null);
