namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// The exact constants of the formulas (definitions and stoichiometry, not published coefficients, which are all data).
/// </summary>
internal static class Formulas
{
    /// <summary>Days per year in IPCC Eqs. 10.1 (AAP), 10.23 (VS × 365) and 10.30 (Nex): a calendar definition.</summary>
    public const double DaysPerYear = 365;

    /// <summary>kg per t (unit definition).</summary>
    public const double KgPerTonne = 1000;

    /// <summary>kg N2O per kg N2O-N: molar masses 44/28 (stoichiometric).</summary>
    public const double N2OPerN2ON = 44.0 / 28.0;

    /// <summary>Relative tolerance for a sum of shares to count as 1 (floating-point rounding only, not a domain number).</summary>
    public const double ShareSumTolerance = 1e-6;
}
