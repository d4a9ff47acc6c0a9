namespace Carbon.Plugins.Livestock.Herd;

/// <summary>The JSON member names under <c>parameters</c> of a <c>livestock.herd</c> line.</summary>
internal static class HerdParameters
{
    /// <summary>Livestock category.</summary>
    public const string Category = "category";

    /// <summary>Population basis: stock (存栏) or sold (出栏).</summary>
    public const string Population = "population";

    /// <summary>Days alive of animals sold (IPCC Eq. 10.1).</summary>
    public const string DaysAlive = "daysAlive";

    /// <summary>Typical animal mass (TAM).</summary>
    public const string TypicalMass = "typicalMass";

    /// <summary>Manure management system shares (MS).</summary>
    public const string ManureSystems = "manureSystems";

    /// <summary>Annual mean temperature.</summary>
    public const string Temperature = "temperature";

    /// <summary>IPCC climate band, given explicitly.</summary>
    public const string ClimateZone = "climateZone";

    /// <summary>Region of the China tables.</summary>
    public const string Region = "region";

    /// <summary>GB/T 32151.22 Table C.3 age class.</summary>
    public const string AgeClass = "ageClass";

    /// <summary>2011 inventory feeding mode.</summary>
    public const string FeedingMode = "feedingMode";

    /// <summary>Project-supplied enteric CH4 EF.</summary>
    public const string EntericEf = "entericEf";

    /// <summary>Project-supplied manure CH4 EF.</summary>
    public const string ManureCh4Ef = "manureCh4Ef";

    /// <summary>Project-supplied N excretion rate.</summary>
    public const string NexRate = "nexRate";

    /// <summary>Project-supplied annual N excretion per head.</summary>
    public const string Nex = "nex";

    /// <summary>Project-supplied volatile solids.</summary>
    public const string Vs = "vs";

    /// <summary>Project-supplied B0.</summary>
    public const string B0 = "b0";

    /// <summary>Project-supplied MCF per system.</summary>
    public const string Mcf = "mcf";

    /// <summary>Project-supplied Frac_GasMS (one fraction or one per system).</summary>
    public const string FracGasMs = "fracGasMs";

    /// <summary>Project-supplied Frac_leach.</summary>
    public const string FracLeach = "fracLeach";

    /// <summary>Allow unconfirmed factors (each use warns).</summary>
    public const string AllowUnconfirmed = "allowUnconfirmed";

    /// <summary>Scale-threshold data set to classify the farm by.</summary>
    public const string ScaleStandard = "scaleStandard";

    /// <summary>Manure treatment capacity.</summary>
    public const string ManureTreatmentCapacity = "manureTreatmentCapacity";

    /// <summary>Distance to the nearest drinking-water source.</summary>
    public const string DistanceToWaterSource = "distanceToWaterSource";

    /// <summary>Distance to the nearest homes.</summary>
    public const string DistanceToHomes = "distanceToHomes";
}
