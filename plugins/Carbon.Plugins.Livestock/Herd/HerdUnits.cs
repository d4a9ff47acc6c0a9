using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Herd;

/// <summary>The display units and dimensions the herd line works in.</summary>
internal static class HerdUnits
{
    /// <summary>kg CH4 per head per year (Tier 1 EFs).</summary>
    public const string KgCh4PerHeadYear = "kg CH4/head/yr";

    /// <summary>kg N2O per head per year (GB/T Table C.10).</summary>
    public const string KgN2OPerHeadYear = "kg N2O/head/yr";

    /// <summary>kg N per head per year (Nex).</summary>
    public const string KgNPerHeadYear = "kg N/head/yr";

    /// <summary>kg N per 1000 kg animal mass per day (N_rate).</summary>
    public const string KgNPerTonneDay = "kg N/t/d";

    /// <summary>kg VS per head per day.</summary>
    public const string KgVsPerHeadDay = "kg VS/head/d";

    /// <summary>m³ CH4 per kg VS.</summary>
    public const string CubicMetrePerKgVs = "m³/kg VS";

    /// <summary>kg per m³.</summary>
    public const string KgPerCubicMetre = "kg/m³";

    /// <summary>kg N2O-N per kg N.</summary>
    public const string KgN2ONPerKgN = "kg N2O-N/kg N";

    /// <summary>A pure fraction.</summary>
    public const string Fraction = "1";

    /// <summary>kg (animal mass).</summary>
    public const string Kg = "kg";

    /// <summary>Head.</summary>
    public const string Head = "head";

    /// <summary>Days.</summary>
    public const string Day = "d";

    /// <summary>Degrees Celsius.</summary>
    public const string Celsius = "°C";

    /// <summary>Tonnes.</summary>
    public const string Tonne = "t";

    /// <summary>mass / count / time, e.g. kg CH4/head/yr.</summary>
    public static readonly Dimension PerHeadPerTime = new(Mass: 1, Count: -1, Time: -1);

    /// <summary>mass / mass / time, i.e. 1/d (kg N per 1000 kg animal per day).</summary>
    public static readonly Dimension PerTime = new(Time: -1);

    /// <summary>volume / mass (m³/kg).</summary>
    public static readonly Dimension VolumePerMass = new(Volume: 1, Mass: -1);

    /// <summary>volume / time (m³/d).</summary>
    public static readonly Dimension VolumePerTime = new(Volume: 1, Time: -1);
}
