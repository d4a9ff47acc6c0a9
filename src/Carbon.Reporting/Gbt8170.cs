using System.Globalization;

namespace Carbon.Reporting;

/// <summary>
/// Rounds numbers for human-readable output by GB/T 8170 《数值修约规则与极限数值的表示和判定》: 四舍六入五成双 —
/// a dropped part below one half rounds down, above one half rounds up, exactly one half rounds to the even
/// neighbour. JSON output is never rounded; only text for people is.
/// </summary>
public static class Gbt8170
{
    /// <summary>Rounds to <paramref name="decimals"/> decimal places, half to even, on the decimal value of the number.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimal places, 0–10.</param>
    /// <returns>The rounded value.</returns>
    public static decimal Round(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers can be rounded for display.");
        }

        return Math.Round(ToDecimal(value), decimals, MidpointRounding.ToEven);
    }

    /// <summary>Formats a rounded value with thousands separators, culture-invariant, e.g. <c>285,044.83</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimal places.</param>
    /// <returns>The text.</returns>
    public static string Format(double value, int decimals)
    {
        var rounded = Round(value, decimals);
        if (rounded == 0)
        {
            rounded = 0; // no "-0.00"
        }

        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Formats a fraction (0–1) as a percentage rounded per GB/T 8170, e.g. <c>0.97167</c> → <c>97.2%</c>. The ×100 is
    /// done on the decimal value, so a share that is exactly half-way in percent (0.12345 → 12.345 %) rounds to even
    /// (12.34 % at 2 decimals) and not by the binary error of 0.12345 × 100.
    /// </summary>
    /// <param name="fraction">The fraction.</param>
    /// <param name="decimals">Decimal places of the percentage, 0–10.</param>
    /// <returns>The text, with a <c>%</c> sign and thousands separators.</returns>
    public static string FormatPercent(double fraction, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        if (!double.IsFinite(fraction) || Math.Abs(fraction) >= 7.9e25)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "Only finite fractions can be shown as a percentage.");
        }

        var rounded = Math.Round(ToDecimal(fraction) * 100m, decimals, MidpointRounding.ToEven);
        if (rounded == 0)
        {
            rounded = 0; // no "-0.0%"
        }

        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
    }

    // decimal from the shortest round-trip text of the double, so 2.675 is rounded as 2.675 and not as its binary neighbour.
    private static decimal ToDecimal(double value) =>
        Math.Abs(value) < 7.9e27
            ? decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)
            : (decimal)Math.Sign(value) * 7.9e27m;
}
