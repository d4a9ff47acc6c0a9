using System.Text;
using Carbon.Sdk.Units;

namespace Carbon.Fuzz.Targets;

/// <summary>
/// <see cref="QuantityParser"/>: the text (UTF-8, lossy) is read as a quantity and as a unit. Oracles: nothing throws; a
/// quantity that reads is finite and its unit's scale is finite and positive; its canonical text
/// (<see cref="Quantity.ToString"/>) reads back equal (N1: for every quantity read, not only below 1e15 with exponents of one).
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
        if (!QuantityParser.TryParse(canonical, out var again, out _, out var againError))
        {
            throw new FuzzFinding($"'{text}' read as {canonical}, which does not read back ({againError}).");
        }

        if (again != quantity)
        {
            throw new FuzzFinding($"'{text}' read as {canonical}, which reads back as {again}.");
        }

        return "read " + canonical;
    }

    private static void CheckScale(UnitDefinition unit, string text)
    {
        if (!double.IsFinite(unit.Scale) || unit.Scale <= 0)
        {
            throw new FuzzFinding($"'{text}' gave the unit {unit.Symbol} with the scale {unit.Scale}.");
        }
    }
}
