namespace Carbon.Plugins.Cement.Activities;

/// <summary>The activity kind ids of the cement plugin.</summary>
internal static class CementKinds
{
    /// <summary>熟料生产: clinker produced, carbonate decomposition (process CO2).</summary>
    public const string Clinker = "cement.clinker";

    /// <summary>水泥产量: cement by type, IPCC Tier 1 Eq. 2.1.</summary>
    public const string Cement = "cement.cement";

    /// <summary>生料中非燃料碳煅烧: raw meal × non-fuel carbon × 44/12.</summary>
    public const string RawMealCarbon = "cement.raw-meal-carbon";

    /// <summary>替代燃料/废弃物非生物质碳燃烧: alternative fuels and co-processed wastes.</summary>
    public const string AlternativeFuel = "cement.alternative-fuel";
}
