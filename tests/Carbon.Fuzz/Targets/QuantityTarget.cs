using System.Text;
using Carbon.Sdk.Units;

namespace Carbon.Fuzz.Targets;

/// <summary>
/// <see cref="QuantityParser"/>: the text (UTF-8, lossy) is read as a quantity and as a unit. Oracles: nothing throws; a
/// quantity that reads is finite and its unit's scale is finite and positive; a quantity whose canonical text is
/// within the documented round-trip domain reads back equal (<see cref="Quantity.ToString"/>).
/// </summary>
internal sealed class QuantityTarget : IFuzzTarget
{
    public string Check(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var unitRead = QuantityParser.TryParseUnit(text, out var unitOnly, out var unitError);
        if (unitRead)
        {
            CheckScale(unitOnly, text);
        }

        if (!QuantityParser.TryParse(text, out var quantity, out var unit, out var error))
        {
            return $"refused ({error}); unit {(unitRead ? "read" : unitError.ToString())}";
        }

        CheckScale(unit, text);
        if (!double.IsFinite(quantity.Value))
        {
            throw new FuzzFinding($"'{text}' read as the non-finite quantity {quantity}.");
        }

        var canonical = quantity.ToString();
        if (InRoundTripDomain(quantity))
        {
            if (!QuantityParser.TryParse(canonical, out var again, out _, out var againError))
            {
                throw new FuzzFinding($"'{text}' read as {canonical}, which does not read back ({againError}).");
            }

            if (again != quantity)
            {
                throw new FuzzFinding($"'{text}' read as {canonical}, which reads back as {again}.");
            }
        }

        return "read " + canonical;
    }

    /// <summary>
    /// Where <see cref="Quantity.ToString"/> is documented to read back: values the parser accepts (magnitude at most
    /// <see cref="QuantityParser.MaxMagnitude"/>) in dimensions whose canonical unit has no exponent above one
    /// (the canonical text writes t² as "t2", which is no unit the parser knows).
    /// </summary>
    internal static bool InRoundTripDomain(Quantity q)
    {
        var d = q.Dimension;
        sbyte[] exponents = [d.Mass, d.Energy, d.Volume, d.CoalEquivalent, d.Count, d.Time, d.Money, d.Length, d.Pressure, d.Temperature];
        return Math.Abs(q.Value) <= QuantityParser.MaxMagnitude && exponents.All(e => e is >= -1 and <= 1);
    }

    private static void CheckScale(UnitDefinition unit, string text)
    {
        if (!double.IsFinite(unit.Scale) || unit.Scale <= 0)
        {
            throw new FuzzFinding($"'{text}' gave the unit {unit.Symbol} with the scale {unit.Scale}.");
        }
    }
}
