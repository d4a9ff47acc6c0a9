namespace Carbon.Plugins.Livestock.Domain;

/// <summary>Which IPCC 2006 Tier 1 manure CH4 table holds a category's row.</summary>
internal enum IpccManureTable
{
    /// <summary>No Tier 1 manure CH4 row in the notes.</summary>
    None = 0,

    /// <summary>Table 10.14 (cattle, buffalo, swine) by annual average temperature, 10–28 °C.</summary>
    ByTemperature = 1,

    /// <summary>Table 10.15 (other animals, developing countries) by climate band.</summary>
    ByClimateBand = 2,
}
