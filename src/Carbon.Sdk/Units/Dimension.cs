using System.Text;

namespace Carbon.Sdk.Units;

/// <summary>
/// The physical dimension of a quantity as integer exponents of Carbon's base dimensions.
/// Standard coal (tce) is its own base dimension on purpose: GB/T 2589 converts carriers to standard coal by
/// tabulated coefficients, so a mass or an energy may never be added to tce without one.
/// </summary>
/// <param name="Mass">Exponent of mass (canonical unit t).</param>
/// <param name="Energy">Exponent of energy (canonical unit GJ).</param>
/// <param name="Volume">Exponent of volume (canonical unit m³; Nm³ is read as m³ at normal conditions).</param>
/// <param name="CoalEquivalent">Exponent of standard coal (canonical unit tce).</param>
/// <param name="Count">Exponent of a count of animals or items (canonical unit head).</param>
/// <param name="Time">Exponent of time (canonical unit d, day).</param>
/// <param name="Money">Exponent of money (canonical unit CNY).</param>
/// <param name="Length">Exponent of length (canonical unit m).</param>
/// <param name="Pressure">Exponent of pressure (canonical unit Pa).</param>
/// <param name="Temperature">Exponent of a Celsius temperature (canonical unit °C; never scaled).</param>
public readonly record struct Dimension(
    sbyte Mass = 0,
    sbyte Energy = 0,
    sbyte Volume = 0,
    sbyte CoalEquivalent = 0,
    sbyte Count = 0,
    sbyte Time = 0,
    sbyte Money = 0,
    sbyte Length = 0,
    sbyte Pressure = 0,
    sbyte Temperature = 0)
{
    /// <summary>A pure number (fractions, percentages, ratios).</summary>
    public static Dimension None => default;

    /// <summary>Mass (t).</summary>
    public static Dimension OfMass => new(Mass: 1);

    /// <summary>Energy (GJ).</summary>
    public static Dimension OfEnergy => new(Energy: 1);

    /// <summary>Volume (m³).</summary>
    public static Dimension OfVolume => new(Volume: 1);

    /// <summary>Standard coal (tce).</summary>
    public static Dimension OfCoalEquivalent => new(CoalEquivalent: 1);

    /// <summary>Count (head).</summary>
    public static Dimension OfCount => new(Count: 1);

    /// <summary>Time (d).</summary>
    public static Dimension OfTime => new(Time: 1);

    /// <summary>Money (CNY).</summary>
    public static Dimension OfMoney => new(Money: 1);

    /// <summary>Length (m).</summary>
    public static Dimension OfLength => new(Length: 1);

    /// <summary>Area (m²).</summary>
    public static Dimension OfArea => new(Length: 2);

    /// <summary>Pressure (Pa).</summary>
    public static Dimension OfPressure => new(Pressure: 1);

    /// <summary>Celsius temperature (°C).</summary>
    public static Dimension OfTemperature => new(Temperature: 1);

    /// <summary>Whether this is the dimension of a pure number.</summary>
    public bool IsNone => this == default;

    /// <summary>The product of two dimensions (exponents added).</summary>
    /// <param name="left">The left factor.</param>
    /// <param name="right">The right factor.</param>
    /// <returns>The dimension of <c>left × right</c>.</returns>
    public static Dimension operator *(Dimension left, Dimension right) => Combine(left, right, 1);

    /// <summary>The quotient of two dimensions (exponents subtracted).</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator.</param>
    /// <returns>The dimension of <c>left / right</c>.</returns>
    public static Dimension operator /(Dimension left, Dimension right) => Combine(left, right, -1);

    /// <summary>Named alternative for <c>*</c>.</summary>
    /// <param name="left">The left factor.</param>
    /// <param name="right">The right factor.</param>
    /// <returns>The product.</returns>
    public static Dimension Multiply(Dimension left, Dimension right) => left * right;

    /// <summary>Named alternative for <c>/</c>.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator.</param>
    /// <returns>The quotient.</returns>
    public static Dimension Divide(Dimension left, Dimension right) => left / right;

    private static Dimension Combine(Dimension a, Dimension b, int sign) => new(
        (sbyte)(a.Mass + (sign * b.Mass)),
        (sbyte)(a.Energy + (sign * b.Energy)),
        (sbyte)(a.Volume + (sign * b.Volume)),
        (sbyte)(a.CoalEquivalent + (sign * b.CoalEquivalent)),
        (sbyte)(a.Count + (sign * b.Count)),
        (sbyte)(a.Time + (sign * b.Time)),
        (sbyte)(a.Money + (sign * b.Money)),
        (sbyte)(a.Length + (sign * b.Length)),
        (sbyte)(a.Pressure + (sign * b.Pressure)),
        (sbyte)(a.Temperature + (sign * b.Temperature)));

    /// <summary>
    /// The canonical unit of this dimension, e.g. <c>t</c>, <c>GJ/t</c>, <c>tce/t</c>, <c>m2</c> or <c>1</c>, written so
    /// that <see cref="QuantityParser"/> reads it back to this dimension: a power is its factor repeated (<c>t·t</c>,
    /// <c>1/d/d</c>), lengths pair up as areas (<c>m2·m</c> for a cubed length, since <c>m3</c> reads as a volume).
    /// </summary>
    /// <returns>The canonical unit symbol.</returns>
    public override string ToString()
    {
        if (IsNone)
        {
            return "1";
        }

        // The dimensions reports name most often are spelled once (facts, trace units): no builders per call.
        return this == OfMass ? "t"
            : this == OfEnergy ? "GJ"
            : this == OfVolume ? "m³"
            : this == OfCoalEquivalent ? "tce"
            : this == OfCount ? "head"
            : this == OfLength ? "m"
            : this == OfPressure ? "Pa"
            : this == new Dimension(Mass: 1, Time: -1) ? "t/d"
            : Spell();
    }

    private string Spell()
    {

        var numerator = new StringBuilder();
        var denominator = new StringBuilder();
        Append(numerator, denominator, "t", Mass);
        Append(numerator, denominator, "GJ", Energy);
        Append(numerator, denominator, "m³", Volume);
        Append(numerator, denominator, "tce", CoalEquivalent);
        Append(numerator, denominator, "head", Count);
        Append(numerator, denominator, "d", Time);
        Append(numerator, denominator, "CNY", Money);
        Append(numerator, denominator, "m", Length);
        Append(numerator, denominator, "Pa", Pressure);
        Append(numerator, denominator, "°C", Temperature);
        var top = numerator.Length == 0 ? "1" : numerator.ToString();
        return denominator.Length == 0 ? top : top + "/" + denominator;
    }

    private static void Append(StringBuilder numerator, StringBuilder denominator, string symbol, sbyte exponent)
    {
        if (exponent == 0)
        {
            return;
        }

        var target = exponent > 0 ? numerator : denominator;
        var remaining = Math.Abs((int)exponent);
        while (remaining > 0)
        {
            if (target.Length > 0)
            {
                target.Append(exponent > 0 ? '·' : '/');
            }

            // "m2" is the parser's area (a squared length); "t2", "m3" would not read back as a power (m3 is a volume).
            var square = symbol == "m" && remaining >= 2;
            target.Append(square ? "m2" : symbol);
            remaining -= square ? 2 : 1;
        }
    }
}
