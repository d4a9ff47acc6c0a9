namespace Carbon.Sdk.Units;

/// <summary>
/// A parsed unit: how many canonical units one of it is, as an exact ratio <see cref="Numerator"/> / <see cref="Denominator"/>
/// (e.g. kWh = 36 / 10 000 GJ, % = 1 / 100), and its dimension. Converting by multiplying with the numerator and
/// dividing by the denominator keeps decimal inputs such as "70 %" exact where a single scale factor would not.
/// </summary>
/// <param name="Symbol">The unit as written after normalisation, e.g. <c>GJ/万Nm³</c>.</param>
/// <param name="Numerator">The scale's numerator.</param>
/// <param name="Denominator">The scale's denominator.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Substance">The substance a mass is of, when the unit names one (<c>tCO2</c>, <c>kg N</c>), else null.</param>
public sealed record UnitDefinition(string Symbol, double Numerator, double Denominator, Dimension Dimension, string? Substance = null)
{
    /// <summary>Canonical units per one of this unit (Numerator / Denominator).</summary>
    public double Scale => Numerator / Denominator;

    /// <summary>Converts a value in this unit to canonical units.</summary>
    /// <param name="value">The value in this unit.</param>
    /// <returns>The value in canonical units.</returns>
    public double ToCanonical(double value) => value * Numerator / Denominator;

    /// <summary>Converts a value in canonical units to this unit.</summary>
    /// <param name="canonical">The value in canonical units.</param>
    /// <returns>The value in this unit.</returns>
    public double FromCanonical(double canonical) => canonical * Denominator / Numerator;
}
