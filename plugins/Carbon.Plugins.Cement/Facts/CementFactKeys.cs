namespace Carbon.Plugins.Cement.Facts;

/// <summary>
/// The fact keys the cement plugin contributes for zoning rules and benchmark corrections (docs/methodology/cement.md
/// lists each with its unit and source parameter).
/// </summary>
internal static class CementFactKeys
{
    /// <summary>New clinker capacity, t/d (cement.clinker <c>clinkerCapacity</c>).</summary>
    public const string ClinkerCapacity = "cement.clinker-capacity";

    /// <summary>Kiln type (cement.clinker <c>kilnType</c>), e.g. <c>new-dry-process</c>.</summary>
    public const string KilnType = "cement.kiln-type";

    /// <summary>
    /// Whether the project is a cement grinding station (水泥粉磨站) without a kiln: from cement.cement
    /// <c>grindingStationOnly</c>; a cement.clinker line sets it to false.
    /// </summary>
    public const string GrindingStationOnly = "cement.grinding-station-only";

    /// <summary>Clinker ratio of the cement (熟料系数), dimensionless (read in %), from cement.cement <c>clinkerFraction</c>.</summary>
    public const string ClinkerRatio = "cement.clinker-ratio";

    /// <summary>Total capacity of the clinker lines retired for 产能置换, t/d.</summary>
    public const string ReplacementCapacity = "cement.replacement-capacity";

    /// <summary>Replacement ratio: retired capacity / new capacity (dimensionless, e.g. 1.5 for 1.5:1).</summary>
    public const string ReplacementRatio = "cement.replacement-ratio";

    /// <summary>Retired capacity from lines of the catalogue's restricted class (限制类), t/d.</summary>
    public const string ReplacementRestrictedCapacity = "cement.replacement-restricted-capacity";

    /// <summary>The provinces (GB/T 2260 codes, xx0000) of the retired lines, sorted.</summary>
    public const string ReplacementProvinces = "cement.replacement-provinces";

    /// <summary>The catalogue classes of the retired lines, sorted.</summary>
    public const string ReplacementClasses = "cement.replacement-classes";
}
