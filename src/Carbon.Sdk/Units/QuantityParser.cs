using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Carbon.Sdk.Units;

/// <summary>
/// Reads quantity texts the way reviewers write them: a number (optionally with thousands commas and an
/// exponent), an optional Chinese multiplier 万 (10⁴) or 亿 (10⁸), and a unit, which may be a ratio
/// (<c>GJ/t</c>, <c>GJ/万Nm³</c>, <c>kg/(head·d)</c>). Full-width digits and symbols are accepted.
/// Parsing never depends on the current culture.
/// </summary>
public static class QuantityParser
{
    /// <summary>The longest quantity text read, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The largest magnitude accepted for the number as written (after 万/亿), to keep reports finite.</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>
    /// The largest magnitude of a quantity in canonical units (t, GJ, m³, tce, …): the same bound as the number as
    /// written, so that every quantity read has a canonical text (<see cref="Quantity.ToString"/>) that reads back
    /// (N1: <c>"1e15 Mt"</c> used to be read as 1e21 t, whose text "1E+21 t" was refused). Far beyond any real
    /// project (10¹⁵ GJ is over a thousand years of the world's energy use), and small enough that the sums, products
    /// and quotients an assessment forms from a few quantities stay finite: a unit such as <c>PJ·PJ/g</c> or one with
    /// many multipliers (<c>t·亿亿亿…1</c>) cannot smuggle an overflow into a report.
    /// </summary>
    public const double MaxCanonicalMagnitude = MaxMagnitude;

    /// <summary>
    /// The smallest magnitude of a non-zero quantity in canonical units: a product output of <c>1e-300 t</c> would make
    /// every per-unit figure overflow. Zero itself is accepted.
    /// </summary>
    public const double MinCanonicalMagnitude = 1e-30;

    /// <summary>Reads a quantity text.</summary>
    /// <param name="text">The text, e.g. <c>"9300万 kWh"</c>.</param>
    /// <param name="quantity">The quantity in canonical units.</param>
    /// <param name="unit">The unit as written.</param>
    /// <param name="error">Why the text could not be read.</param>
    /// <returns>True when the text is a quantity.</returns>
    public static bool TryParse(string? text, out Quantity quantity, out UnitDefinition unit, out QuantityParseError error)
    {
        quantity = default;
        unit = None;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = QuantityParseError.Empty;
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = QuantityParseError.TooLong;
            return false;
        }

        var s = Normalize(text);
        var pos = 0;
        if (!TryReadNumber(s, ref pos, out var number))
        {
            error = QuantityParseError.InvalidNumber;
            return false;
        }

        SkipSpaces(s, ref pos);
        while (pos < s.Length && UnitCatalog.TryMultiplier(s[pos], out var multiplier))
        {
            number *= multiplier;
            pos++;
            SkipSpaces(s, ref pos);
        }

        if (!double.IsFinite(number) || Math.Abs(number) > MaxMagnitude)
        {
            error = QuantityParseError.OutOfRange;
            return false;
        }

        var unitText = s[pos..].Trim();
        if (unitText.Length == 0)
        {
            error = QuantityParseError.MissingUnit;
            return false;
        }

        if (!TryParseUnitNormalized(unitText, out unit))
        {
            error = QuantityParseError.UnknownUnit;
            return false;
        }

        var canonical = unit.ToCanonical(number);
        if (!double.IsFinite(canonical) || (canonical != 0 && Math.Abs(canonical) is > MaxCanonicalMagnitude or < MinCanonicalMagnitude))
        {
            error = QuantityParseError.OutOfRange;
            return false;
        }

        quantity = new Quantity(canonical, unit.Dimension);
        error = QuantityParseError.None;
        return true;
    }

    /// <summary>Reads a unit text such as <c>GJ/万Nm³</c>, <c>kgce/t</c> or <c>tCO2/MWh</c>.</summary>
    /// <param name="text">The unit text.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>True when the unit is known.</returns>
    public static bool TryParseUnit(string? text, out UnitDefinition unit, out QuantityParseError error)
    {
        unit = None;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = QuantityParseError.Empty;
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = QuantityParseError.TooLong;
            return false;
        }

        // Hot paths (Quantity.In("t"), factor units) name a catalogue symbol exactly: answer those from a table built
        // once by the general path below, so both give the same definition and the common case allocates nothing.
        if (SimpleUnits.TryGetValue(text, out var known))
        {
            unit = known;
            error = QuantityParseError.None;
            return true;
        }

        if (!TryParseUnitNormalized(Normalize(text).Trim(), out unit))
        {
            error = QuantityParseError.UnknownUnit;
            return false;
        }

        error = QuantityParseError.None;
        return true;
    }

    private static readonly UnitDefinition None = new("1", 1, 1, Dimension.None);

    /// <summary>
    /// The largest power of a base dimension a unit may have, in every partial product too (<c>t·t·t·t</c> is the
    /// fourth power of a mass). No unit Carbon reads needs more; the bound keeps the exponents (sbyte) from wrapping
    /// around and the canonical text of every quantity read (<c>"1 t·t·t·t"</c>) within <see cref="MaxLength"/>.
    /// </summary>
    private const int MaxExponent = 4;

    private static bool WithinExponents(Dimension d) =>
        Math.Abs((int)d.Mass) <= MaxExponent && Math.Abs((int)d.Energy) <= MaxExponent && Math.Abs((int)d.Volume) <= MaxExponent
        && Math.Abs((int)d.CoalEquivalent) <= MaxExponent && Math.Abs((int)d.Count) <= MaxExponent && Math.Abs((int)d.Time) <= MaxExponent
        && Math.Abs((int)d.Money) <= MaxExponent && Math.Abs((int)d.Length) <= MaxExponent && Math.Abs((int)d.Pressure) <= MaxExponent
        && Math.Abs((int)d.Temperature) <= MaxExponent;

    /// <summary>Every simple catalogue symbol, read once by the general path (immutable after type initialisation).</summary>
    private static readonly FrozenDictionary<string, UnitDefinition> SimpleUnits = BuildSimpleUnits();

    private static FrozenDictionary<string, UnitDefinition> BuildSimpleUnits()
    {
        var table = new Dictionary<string, UnitDefinition>(StringComparer.Ordinal);
        foreach (var symbol in UnitCatalog.Simple.Keys)
        {
            if (TryParseUnitNormalized(Normalize(symbol).Trim(), out var definition))
            {
                table[symbol] = definition;
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Normalize(string text)
    {
        // Most texts are already normal: then the text itself, without a copy.
        var changes = false;
        foreach (var c in text)
        {
            changes |= Normal(c) != c;
        }

        if (!changes)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(Normal(c));
        }

        return sb.ToString();
    }

    private static char Normal(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0), // full-width ASCII forms
        '\u00A0' or '\u2009' or '\u202F' or '\u3000' or '\t' => ' ',
        '\u00D7' or '\u22C5' or '\u2219' => '·',
        '\u2044' or '\u2215' => '/',
        '\u2212' => '-',
        _ => c,
    };

    private static void SkipSpaces(string s, ref int pos)
    {
        while (pos < s.Length && s[pos] == ' ')
        {
            pos++;
        }
    }

    private static bool TryReadNumber(string s, ref int pos, out double number)
    {
        number = 0;
        SkipSpaces(s, ref pos);
        var start = pos;
        if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
        {
            pos++;
        }

        var digitsBeforePoint = 0;
        var groupLength = -1; // -1: no comma seen yet
        // The number's characters, without separators: never longer than the text, so a buffer of its length holds them.
        Span<char> sb = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        s.AsSpan(start, pos - start).CopyTo(sb);
        var len = pos - start;
        while (pos < s.Length)
        {
            var c = s[pos];
            if (char.IsAsciiDigit(c))
            {
                sb[len++] = c;
                digitsBeforePoint++;
                if (groupLength >= 0)
                {
                    groupLength++;
                }

                pos++;
            }
            else if (c == ',' && digitsBeforePoint > 0 && pos + 1 < s.Length && char.IsAsciiDigit(s[pos + 1]))
            {
                // Thousands separators only in groups of three, so "1,5 t" (a decimal comma) is refused, not misread.
                if ((groupLength < 0 && digitsBeforePoint > 3) || (groupLength >= 0 && groupLength != 3))
                {
                    return false;
                }

                groupLength = 0;
                pos++;
            }
            else
            {
                break;
            }
        }

        if (groupLength >= 0 && groupLength != 3)
        {
            return false;
        }

        var digitsAfterPoint = 0;
        if (pos < s.Length && s[pos] == '.')
        {
            sb[len++] = '.';
            pos++;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            {
                sb[len++] = s[pos];
                digitsAfterPoint++;
                pos++;
            }
        }

        if (digitsBeforePoint + digitsAfterPoint == 0)
        {
            return false;
        }

        // An exponent only when 'e' is followed by a digit or sign+digit, so "5 e..." is never swallowed.
        if (pos < s.Length && (s[pos] == 'e' || s[pos] == 'E'))
        {
            var p = pos + 1;
            if (p < s.Length && (s[p] == '+' || s[p] == '-'))
            {
                p++;
            }

            if (p < s.Length && char.IsAsciiDigit(s[p]))
            {
                sb[len++] = 'e';
                s.AsSpan(pos + 1, p - pos - 1).CopyTo(sb[len..]);
                len += p - pos - 1;
                pos = p;
                var expDigits = 0;
                while (pos < s.Length && char.IsAsciiDigit(s[pos]))
                {
                    sb[len++] = s[pos];
                    pos++;
                    if (++expDigits > 4)
                    {
                        return false;
                    }
                }
            }
        }

        if (pos < s.Length && (char.IsAsciiDigit(s[pos]) || s[pos] == '.' || s[pos] == ','))
        {
            return false;
        }

        return double.TryParse(sb[..len], NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }

    private static bool TryParseUnitNormalized(string text, out UnitDefinition unit)
    {
        unit = None;
        double numerator = 1, denominator = 1;
        var dimension = Dimension.None;
        string? substance = null;
        var i = 0;
        var dividing = false;
        var first = true;
        while (i < text.Length)
        {
            SkipSpaces(text, ref i);
            if (!first)
            {
                if (i >= text.Length)
                {
                    return false;
                }

                if (text[i] == '/')
                {
                    dividing = true;
                    i++;
                }
                else if (text[i] == '·' || text[i] == '*')
                {
                    i++;
                }
                else
                {
                    return false;
                }

                SkipSpaces(text, ref i);
            }

            first = false;
            var grouped = i < text.Length && text[i] == '(';
            var groupDividing = dividing;
            if (grouped)
            {
                var close = text.IndexOf(')', i + 1);
                if (close < 0 || !TryParseProduct(text[(i + 1)..close], out var gNum, out var gDen, out var gDim, out var gSubstance))
                {
                    return false;
                }

                Apply(ref numerator, ref denominator, ref dimension, gNum, gDen, gDim, groupDividing);
                if (!WithinExponents(dimension))
                {
                    return false;
                }

                substance ??= groupDividing ? null : gSubstance;
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] != '/' && text[end] != '·' && text[end] != '*')
            {
                end++;
            }

            if (!TryParseTerm(text[i..end].Trim(), out var tNum, out var tDen, out var tDim, out var tSubstance))
            {
                return false;
            }

            Apply(ref numerator, ref denominator, ref dimension, tNum, tDen, tDim, dividing);
            if (!WithinExponents(dimension))
            {
                return false;
            }

            if (!dividing)
            {
                substance ??= tSubstance;
            }

            i = end;
        }

        if (first)
        {
            return false;
        }

        // A unit scales by a finite, non-zero ratio; one with dozens of multipliers ("t·亿亿亿…1") overflows to infinity,
        // zero or NaN and is no unit at all.
        if (!double.IsFinite(numerator) || !double.IsFinite(denominator) || numerator == 0 || denominator == 0 || !double.IsNormal(numerator / denominator))
        {
            return false;
        }

        unit = new UnitDefinition(text, numerator, denominator, dimension, substance);
        return true;
    }

    private static void Apply(ref double numerator, ref double denominator, ref Dimension dimension, double n, double d, Dimension dim, bool dividing)
    {
        if (dividing)
        {
            numerator *= d;
            denominator *= n;
            dimension /= dim;
        }
        else
        {
            numerator *= n;
            denominator *= d;
            dimension *= dim;
        }
    }

    private static bool TryParseProduct(string text, out double numerator, out double denominator, out Dimension dimension, out string? substance)
    {
        numerator = 1;
        denominator = 1;
        dimension = Dimension.None;
        substance = null;
        var parts = text.Split('·', '*');
        foreach (var part in parts)
        {
            if (!TryParseTerm(part.Trim(), out var n, out var d, out var dim, out var sub))
            {
                return false;
            }

            numerator *= n;
            denominator *= d;
            dimension *= dim;
            substance ??= sub;
            if (!WithinExponents(dimension))
            {
                return false;
            }
        }

        return parts.Length > 0;
    }

    private static bool TryParseTerm(string term, out double numerator, out double denominator, out Dimension dimension, out string? substance)
    {
        numerator = 1;
        denominator = 1;
        dimension = Dimension.None;
        substance = null;
        if (term.Length == 0)
        {
            return false;
        }

        var i = 0;
        while (i < term.Length && UnitCatalog.TryMultiplier(term[i], out var m))
        {
            numerator *= m;
            i++;
        }

        var rest = term[i..].Trim();
        if (rest.Length == 0)
        {
            return false;
        }

        // "kg N", "t CO2": a mass unit followed by a substance word.
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        string symbol = rest;
        string? word = null;
        if (space > 0)
        {
            symbol = rest[..space];
            word = rest[(space + 1)..].Trim();
        }

        if (UnitCatalog.Simple.TryGetValue(symbol, out var simple))
        {
            numerator *= simple.Numerator;
            denominator *= simple.Denominator;
            dimension = simple.Dimension;
        }
        else
        {
            // "tCO2", "kgCH4", "tC": the longest mass symbol that leaves a known substance.
            var found = false;
            for (var cut = symbol.Length - 1; cut > 0 && !found; cut--)
            {
                if (UnitCatalog.Simple.TryGetValue(symbol[..cut], out var head) && head.Dimension == Dimension.OfMass
                    && UnitCatalog.Substances.TryGetValue(symbol[cut..], out var sub))
                {
                    numerator *= head.Numerator;
                    denominator *= head.Denominator;
                    dimension = head.Dimension;
                    substance = sub;
                    found = true;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        if (word is not null)
        {
            if (dimension != Dimension.OfMass || substance is not null || !UnitCatalog.Substances.TryGetValue(word, out var named))
            {
                return false;
            }

            substance = named;
        }

        return true;
    }
}
