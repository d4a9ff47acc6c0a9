using System.Globalization;

namespace Carbon.Review;

/// <summary>
/// Compares project values with published limits the way the regulations word them: 以上/及以上 (at least: the limit
/// itself counts), 不满 (below: strictly less), 不超过/≤ (at most). Unit conversions (kWh → GJ → kWh, kgce → tce) leave
/// round-off of a few units in the last place, so a value within <see cref="RelativeTolerance"/> of a limit counts as
/// the limit itself; reports still show the unrounded value.
/// </summary>
internal static class LimitComparison
{
    /// <summary>Relative distance below which a value is the limit (numerical round-off only; not a regulatory margin).</summary>
    internal const double RelativeTolerance = 1e-12;

    /// <summary>Whether the value equals the limit up to round-off.</summary>
    public static bool Equal(double value, double limit) =>
        Math.Abs(value - limit) <= RelativeTolerance * Math.Max(Math.Abs(value), Math.Abs(limit));

    /// <summary>以上 / 及以上: value ≥ limit.</summary>
    public static bool AtLeast(double value, double limit) => value >= limit || Equal(value, limit);

    /// <summary>不满: value &lt; limit.</summary>
    public static bool Below(double value, double limit) => value < limit && !Equal(value, limit);

    /// <summary>At most (a limit value not to be exceeded): value ≤ limit.</summary>
    public static bool AtMost(double value, double limit) => value <= limit || Equal(value, limit);

    /// <summary>A number as the report's formulas write it: shortest round-trip form, culture-invariant.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
