namespace Carbon.Plugins.Livestock.Domain;

/// <summary>The <c>parameter</c> names of the plugin's factor records.</summary>
internal static class FactorParameters
{
    /// <summary>Enteric fermentation CH4 EF, kg CH4/head/yr.</summary>
    public const string EntericCh4Ef = "enteric-ch4-ef";

    /// <summary>Manure management CH4 EF, kg CH4/head/yr.</summary>
    public const string ManureCh4Ef = "manure-ch4-ef";

    /// <summary>Manure management N2O EF per head, kg N2O/head/yr.</summary>
    public const string ManureN2OEf = "manure-n2o-ef";

    /// <summary>N excretion rate N_rate, kg N per 1000 kg animal mass per day.</summary>
    public const string NExcretionRate = "n-excretion-rate";

    /// <summary>Annual N excretion per head, kg N/head/yr.</summary>
    public const string NExcretion = "n-excretion";

    /// <summary>Typical animal mass (TAM), kg.</summary>
    public const string TypicalMass = "typical-mass";

    /// <summary>Volatile solids excretion.</summary>
    public const string Vs = "vs";

    /// <summary>Maximum CH4 producing capacity B0, m³ CH4/kg VS.</summary>
    public const string B0 = "b0";

    /// <summary>Methane conversion factor of a manure system.</summary>
    public const string Mcf = "mcf";

    /// <summary>Direct N2O EF3 of a manure system, kg N2O-N/kg N.</summary>
    public const string Ef3 = "ef3";

    /// <summary>Indirect N2O EF4 (volatilisation), kg N2O-N/kg N volatilised.</summary>
    public const string Ef4 = "ef4";

    /// <summary>Indirect N2O EF5 (leaching and runoff), kg N2O-N/kg N leached.</summary>
    public const string Ef5 = "ef5";

    /// <summary>Frac_GasMS: fraction of manure N volatilised as NH3 + NOx.</summary>
    public const string FracGasMs = "frac-gas-ms";

    /// <summary>The density used to turn m³ CH4 into kg CH4 (0.67 kg/m³).</summary>
    public const string Density = "density";

    /// <summary>Upper limit (exclusive) of the cool climate band, °C.</summary>
    public const string CoolUpper = "cool-upper";

    /// <summary>Lower limit (exclusive) of the warm climate band, °C.</summary>
    public const string WarmLower = "warm-lower";

    /// <summary>Pigs one animal counts as (GB 18596: 1 dairy cow = 10 pigs).</summary>
    public const string PigsPerAnimal = "pigs-per-animal";

    /// <summary>Animals that count as one pig (GB 18596: 30 layers = 1 pig).</summary>
    public const string AnimalsPerPig = "animals-per-pig";

    /// <summary>Head from which a farm is a scale farm (规模养殖场).</summary>
    public const string ScaleThreshold = "scale-threshold";

    /// <summary>Head from which a farm is a specialised household (养殖专业户).</summary>
    public const string HouseholdThreshold = "household-threshold";

    /// <summary>Subject of the climate-band limits.</summary>
    public const string ClimateBandSubject = "livestock.climate-band";

    /// <summary>Subject of the N2O constants (EF4, EF5, GB/T Frac_GasMS).</summary>
    public const string ManureN2OSubject = "livestock.manure-n2o";

    /// <summary>Subject of the CH4 density.</summary>
    public const string MethaneSubject = "livestock.methane";
}
