namespace Carbon.Plugins.Livestock.Diagnostics;

/// <summary>The plugin's diagnostic codes (range CB74xx), listed in docs/methodology/livestock.md. Never reused.</summary>
internal static class LivestockDiagnosticCodes
{
    /// <summary>The amount is not a positive, finite head count.</summary>
    public const string InvalidAmount = "CB7401";

    /// <summary>The category is missing or unknown.</summary>
    public const string UnknownCategory = "CB7402";

    /// <summary>The notes give no factors for the category under the chosen method.</summary>
    public const string CategoryNotCalculable = "CB7403";

    /// <summary>The project names a methodology the plugin does not implement.</summary>
    public const string UnknownMethodology = "CB7404";

    /// <summary>The population basis is missing or unknown.</summary>
    public const string InvalidPopulation = "CB7405";

    /// <summary>Days alive is missing for a sold line, or not in (0, 365] d.</summary>
    public const string InvalidDaysAlive = "CB7406";

    /// <summary>The manure-system shares are invalid (sum ≠ 1, negative, unknown system, empty).</summary>
    public const string InvalidManureShares = "CB7407";

    /// <summary>The method needs manure-system shares and the line gives none.</summary>
    public const string ManureSystemsRequired = "CB7408";

    /// <summary>The method needs the annual mean temperature and the line gives none.</summary>
    public const string TemperatureRequired = "CB7409";

    /// <summary>The temperature lies outside the transcribed table; its edge column is an unconfirmed extension.</summary>
    public const string TemperatureOutsideTable = "CB7410";

    /// <summary>The method needs the region (华北 …) and the line gives none.</summary>
    public const string RegionRequired = "CB7411";

    /// <summary>The climate band would come from the unconfirmed band limits.</summary>
    public const string ClimateBandUnconfirmed = "CB7412";

    /// <summary>An unconfirmed factor was used (warning).</summary>
    public const string UnconfirmedFactorUsed = "CB7413";

    /// <summary>Only an unconfirmed factor exists and the line does not allow unconfirmed factors.</summary>
    public const string UnconfirmedFactorNotAllowed = "CB7414";

    /// <summary>No factor record for what the method needs.</summary>
    public const string FactorMissing = "CB7415";

    /// <summary>The typical animal mass is needed and the notes give no default for the category.</summary>
    public const string TypicalMassRequired = "CB7416";

    /// <summary>GB/T 32151.22 Table C.3 needs the age class of cattle and buffalo.</summary>
    public const string AgeClassRequired = "CB7417";

    /// <summary>The 2011 inventory needs the feeding mode.</summary>
    public const string FeedingModeRequired = "CB7418";

    /// <summary>A parameter was given that the chosen method does not use.</summary>
    public const string ParameterNotUsed = "CB7419";

    /// <summary>No enteric CH4 factor for poultry in the notes; none computed.</summary>
    public const string NoEntericFactor = "CB7420";

    /// <summary>An <c>mcf</c> or <c>fracGasMs</c> value is not a fraction map the plugin reads.</summary>
    public const string InvalidFractionMap = "CB7421";

    /// <summary>A factor record's unit has the wrong dimension (a defective override).</summary>
    public const string FactorUnitMismatch = "CB7422";

    /// <summary>No pig-equivalent ratio for the category.</summary>
    public const string NoPigEquivalentRatio = "CB7423";

    /// <summary>No scale class: no threshold for the species, or the head count cannot be put on the threshold's basis.</summary>
    public const string ScaleClassUnavailable = "CB7424";

    /// <summary>The named scale standard is unknown.</summary>
    public const string UnknownScaleStandard = "CB7425";

    /// <summary>The named scale standard is not in force on the review date.</summary>
    public const string ScaleStandardNotInForce = "CB7426";

    /// <summary>A parameter value is of the wrong type, dimension or range.</summary>
    public const string InvalidParameter = "CB7427";

    /// <summary>A fact was not computed because its only ratio is unconfirmed and the line does not allow it.</summary>
    public const string UnconfirmedFactNotComputed = "CB7428";
}
