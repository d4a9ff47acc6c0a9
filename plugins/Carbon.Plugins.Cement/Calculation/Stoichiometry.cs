namespace Carbon.Plugins.Cement.Calculation;

/// <summary>
/// Exact molar-mass ratios that are part of the formulas themselves (not published coefficients), written as in the
/// 2013 guideline: 44/56 (CO2/CaO), 44/40 (CO2/MgO), 44/12 (CO2/C) [C] (ghg-methods.md §1.2).
/// Published stoichiometric values such as 0.7848 or 0.43971 are data records, never here.
/// </summary>
internal static class Stoichiometry
{
    /// <summary>44/56: t CO2 per t CaO from CaCO3 → CaO + CO2, as the 2013 guideline writes it.</summary>
    public const double Co2PerCaO = 44.0 / 56.0;

    /// <summary>44/40: t CO2 per t MgO from MgCO3 → MgO + CO2 (= 1.1 exactly).</summary>
    public const double Co2PerMgO = 44.0 / 40.0;

    /// <summary>44/12: t CO2 per t carbon burnt.</summary>
    public const double Co2PerCarbon = 44.0 / 12.0;

    /// <summary>How 44/56 is shown in traces.</summary>
    public const string Co2PerCaOText = "44/56";

    /// <summary>How 44/40 is shown in traces.</summary>
    public const string Co2PerMgOText = "44/40";

    /// <summary>How 44/12 is shown in traces.</summary>
    public const string Co2PerCarbonText = "44/12";
}
