namespace Carbon.Plugins.Cement.Activities;

/// <summary>The parameter names of the cement activity kinds (JSON members under <c>parameters</c>).</summary>
internal static class CementParameters
{
    /// <summary>FR_CaO: CaO mass fraction of clinker.</summary>
    public const string CaoFraction = "caoFraction";

    /// <summary>FR_CaO,nc: non-carbonate CaO, as a mass fraction of clinker.</summary>
    public const string NonCarbonateCaoFraction = "nonCarbonateCaoFraction";

    /// <summary>FR_MgO: MgO mass fraction of clinker.</summary>
    public const string MgoFraction = "mgoFraction";

    /// <summary>FR_MgO,nc: non-carbonate MgO, as a mass fraction of clinker.</summary>
    public const string NonCarbonateMgoFraction = "nonCarbonateMgoFraction";

    /// <summary>窑头粉尘 kiln-head (kiln exhaust stack) dust, t.</summary>
    public const string KilnHeadDust = "kilnHeadDust";

    /// <summary>旁路放风粉尘 bypass dust, t.</summary>
    public const string BypassDust = "bypassDust";

    /// <summary>CF_ckd measured by the plant.</summary>
    public const string CkdCorrectionFactor = "ckdCorrectionFactor";

    /// <summary>M_d: cement kiln dust not recycled to the kiln, t.</summary>
    public const string CkdLost = "ckdLost";

    /// <summary>C_d: fraction of original carbonate in the lost CKD.</summary>
    public const string CkdCarbonateFraction = "ckdCarbonateFraction";

    /// <summary>F_d: calcination fraction of that carbonate.</summary>
    public const string CkdCalcinationFraction = "ckdCalcinationFraction";

    /// <summary>The carbonate of the CKD (EF_c of Eq. 2.4, EF_d of Eq. 2.3); calcite when not given.</summary>
    public const string CkdCarbonate = "ckdCarbonate";

    /// <summary>Tier 3 carbonate inputs: [{carbonate, mass, calcinationFraction}].</summary>
    public const string Carbonates = "carbonates";

    /// <summary>Clinker capacity, t/d (fact).</summary>
    public const string ClinkerCapacity = "clinkerCapacity";

    /// <summary>Kiln type (fact).</summary>
    public const string KilnType = "kilnType";

    /// <summary>Capacity-replacement sources: [{province, catalogueClass, capacity}] (facts).</summary>
    public const string CapacityReplacement = "capacityReplacement";

    /// <summary>C_cli: clinker fraction of the cement.</summary>
    public const string ClinkerFraction = "clinkerFraction";

    /// <summary>A label for the cement type.</summary>
    public const string CementType = "cementType";

    /// <summary>Im: clinker imported for consumption, t.</summary>
    public const string ClinkerImports = "clinkerImports";

    /// <summary>Ex: clinker exported, t.</summary>
    public const string ClinkerExports = "clinkerExports";

    /// <summary>Whether the project is a grinding station only (fact).</summary>
    public const string GrindingStationOnly = "grindingStationOnly";

    /// <summary>FR_0: non-fuel carbon mass fraction of raw meal.</summary>
    public const string NonFuelCarbonFraction = "nonFuelCarbonFraction";

    /// <summary>HV: heating value of the alternative fuel, GJ/t.</summary>
    public const string HeatingValue = "heatingValue";

    /// <summary>EF: emission factor per heat, t CO2/GJ.</summary>
    public const string EmissionFactor = "emissionFactor";

    /// <summary>α: non-biomass carbon share.</summary>
    public const string NonBiomassCarbonShare = "nonBiomassCarbonShare";

    /// <summary>A label for the alternative fuel.</summary>
    public const string FuelType = "fuelType";
}
