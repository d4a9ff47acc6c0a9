using System.Globalization;

namespace Carbon.Reporting.Sections;

/// <summary>
/// How each kind of figure is printed (GB/T 8170, docs/reporting.md): tce and tonnes to 2 decimals, unit-product
/// energy to 2, intensities and indicators to 4, shares as percent to 1. Trace values, GWPs and published factors are
/// printed at full precision (15 significant digits) so a reviewer can redo the arithmetic.
/// </summary>
internal static class DisplayNumber
{
    public const int TceDecimals = 2;
    public const int TonnesDecimals = 2;
    public const int UnitConsumptionDecimals = 2;
    public const int IntensityDecimals = 4;
    public const int ShareDecimals = 1;

    public static string Tce(double value) => Gbt8170.Format(value, TceDecimals);

    public static string Tonnes(double value) => Gbt8170.Format(value, TonnesDecimals);

    public static string UnitConsumption(double value) => Gbt8170.Format(value, UnitConsumptionDecimals);

    public static string Intensity(double value) => Gbt8170.Format(value, IntensityDecimals);

    /// <summary>The share of a part in a total, or "-" when the total is not positive (a share would mean nothing).</summary>
    public static string Share(double part, double total) => total > 0 ? Gbt8170.FormatPercent(part / total, ShareDecimals) : "-";

    /// <summary>A value at full precision (15 significant digits: the JSON number after rounding away binary noise).</summary>
    public static string Exact(double value) => (value == 0 ? 0 : value).ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>A value in <paramref name="unit"/>: energy and electricity per unit to 2 decimals, emissions per unit to 4, tce and t to 2, else exact.</summary>
    public static string ByUnit(double value, string? unit)
    {
        var u = unit ?? string.Empty;
        if (u.StartsWith("kgce", StringComparison.Ordinal) || u.StartsWith("kWh", StringComparison.Ordinal) || u.StartsWith("tce", StringComparison.Ordinal) || u == "t")
        {
            return Gbt8170.Format(value, 2);
        }

        if (u.StartsWith("tCO2", StringComparison.Ordinal) || u.StartsWith("t CO2", StringComparison.Ordinal) || u.StartsWith("kgCO2", StringComparison.Ordinal))
        {
            return u.Contains('/', StringComparison.Ordinal) ? Gbt8170.Format(value, IntensityDecimals) : Gbt8170.Format(value, TonnesDecimals);
        }

        return Exact(value);
    }
}
