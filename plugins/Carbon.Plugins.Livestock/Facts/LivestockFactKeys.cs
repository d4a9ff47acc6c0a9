namespace Carbon.Plugins.Livestock.Facts;

/// <summary>
/// The fact keys the plugin reports for zoning rules and review (documented in docs/methodology/livestock.md).
/// Each herd line reports its own facts; <see cref="PigEquivalents"/> and <see cref="AnnualAveragePopulation"/> are
/// additive across the lines of one farm, the others are per line.
/// </summary>
public static class LivestockFactKeys
{
    /// <summary>The species of the line (text), e.g. <c>pig</c>, <c>dairy-cattle</c>, <c>layers</c>.</summary>
    public const string Species = "livestock.species";

    /// <summary>The category of the line (text), e.g. <c>swine-market</c>.</summary>
    public const string Category = "livestock.category";

    /// <summary>The basis of the head count (text): <c>stock</c> (存栏) or <c>sold</c> (出栏).</summary>
    public const string PopulationBasis = "livestock.population-basis";

    /// <summary>The annual average population (head); additive across lines.</summary>
    public const string AnnualAveragePopulation = "livestock.annual-average-population";

    /// <summary>GB 18596-2001 pig equivalents of the line (head of pigs), on the line's head-count basis; additive across lines.</summary>
    public const string PigEquivalents = "livestock.pig-equivalents";

    /// <summary>The scale class (text): <c>scale-farm</c>, <c>specialised-household</c> or <c>below-scale</c>, by <see cref="ScaleStandard"/>.</summary>
    public const string ScaleClass = "livestock.scale-class";

    /// <summary>The scale-threshold data set that decided <see cref="ScaleClass"/> (text), e.g. <c>moa-2025</c>.</summary>
    public const string ScaleStandard = "livestock.scale-standard";

    /// <summary>Prefix of the per-data-set scale classes: <c>livestock.scale-class.&lt;set&gt;</c>.</summary>
    public const string ScaleClassPrefix = "livestock.scale-class.";

    /// <summary>Manure treatment capacity (m³/d).</summary>
    public const string ManureTreatmentCapacity = "livestock.manure-treatment-capacity";

    /// <summary>Distance to the nearest drinking-water source (m).</summary>
    public const string DistanceToWaterSource = "livestock.distance-to-water-source";

    /// <summary>Distance to the nearest homes (m).</summary>
    public const string DistanceToHomes = "livestock.distance-to-homes";
}
