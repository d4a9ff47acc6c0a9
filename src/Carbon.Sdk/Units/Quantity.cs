using System.Globalization;

namespace Carbon.Sdk.Units;

/// <summary>
/// An amount in the canonical unit of its dimension (t, GJ, m³, tce, head, d, CNY, m, Pa, °C, or a ratio of
/// them such as GJ/t). Values are plain doubles for speed; dimensions are checked when quantities are combined
/// and when they are converted to a unit.
/// </summary>
/// <param name="Value">The value in the canonical unit of <paramref name="Dimension"/>.</param>
/// <param name="Dimension">The dimension.</param>
public readonly record struct Quantity(double Value, Dimension Dimension)
{
    /// <summary>Creates a quantity from a value in a named unit, e.g. <c>Quantity.Of(20.908, "GJ/t")</c>.</summary>
    /// <param name="value">The value in <paramref name="unit"/>.</param>
    /// <param name="unit">A unit Carbon knows.</param>
    /// <returns>The quantity in canonical units.</returns>
    /// <exception cref="FormatException">The unit is unknown.</exception>
    public static Quantity Of(double value, string unit)
    {
        if (!QuantityParser.TryParseUnit(unit, out var definition, out var error))
        {
            throw new FormatException($"Unknown unit '{unit}' ({error}). See docs/project-file.md#units for the units Carbon reads.");
        }

        return new Quantity(definition.ToCanonical(value), definition.Dimension);
    }

    /// <summary>Reads a quantity text such as <c>"155万 t"</c> or <c>"389.31 GJ/万Nm³"</c>; see <see cref="QuantityParser"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="FormatException">The text is not a quantity; the message says why.</exception>
    public static Quantity Parse(string text)
    {
        if (!QuantityParser.TryParse(text, out var quantity, out _, out var error))
        {
            throw new FormatException($"'{text}' is not a quantity: {error}. Write a number, optionally 万 or 亿, and a unit, e.g. \"155万 t\".");
        }

        return quantity;
    }

    /// <summary>The value expressed in <paramref name="unit"/>, which must have this quantity's dimension.</summary>
    /// <param name="unit">The target unit, e.g. "kWh".</param>
    /// <returns>The value in that unit.</returns>
    /// <exception cref="InvalidOperationException">The unit has another dimension.</exception>
    /// <exception cref="FormatException">The unit is unknown.</exception>
    public double In(string unit)
    {
        if (!QuantityParser.TryParseUnit(unit, out var definition, out var error))
        {
            throw new FormatException($"Unknown unit '{unit}' ({error}).");
        }

        if (definition.Dimension != Dimension)
        {
            throw new InvalidOperationException($"Cannot express a quantity of dimension {Dimension} in '{unit}' ({definition.Dimension}).");
        }

        return definition.FromCanonical(Value);
    }

    /// <summary>Whether the quantity has the given dimension.</summary>
    /// <param name="dimension">The expected dimension.</param>
    /// <returns>True when the dimensions match.</returns>
    public bool Is(Dimension dimension) => Dimension == dimension;

    /// <summary>
    /// The canonical form, culture-invariant, e.g. <c>"1500000 t"</c>, <c>"0.038931 GJ/m³"</c>, <c>"0.65 1"</c> (a pure
    /// number carries the SI unit 1), <c>"2 t·t"</c>. For every quantity <see cref="QuantityParser"/> reads, <see cref="Parse"/>
    /// reads this text back to an equal quantity (the parser's canonical range equals its range as written, and
    /// <see cref="Dimension.ToString"/> writes units the parser knows).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture) + " " + Dimension;
}
