namespace Carbon.Plugins.Livestock.Domain;

/// <summary>
/// The series (factor-record <c>variant</c> prefixes) the plugin's data sets use. A variant is the series alone or
/// the series, a slash and one qualifier: a temperature row (<c>t=20</c>, <c>t&lt;=10</c>, <c>t&gt;=28</c>,
/// <c>t=15..25</c>), a climate band, a manure system, an age class, a feeding mode or a head-count metric.
/// </summary>
internal static class Series
{
    /// <summary>IPCC 2006 Tier 1 defaults for Asia, or for developing countries where a table has no Asia column.</summary>
    public const string IpccAsia = "ipcc-2006-asia";

    /// <summary>IPCC 2006 values that do not depend on the region (EF3, EF4, EF5, climate bands, MCF, CH4 density).</summary>
    public const string Ipcc = "ipcc-2006";

    /// <summary>GB/T 32151.22-2024 (NY/T 4243-2022) Appendix C.</summary>
    public const string Gbt = "gbt-32151.22-2024";

    /// <summary>《省级温室气体清单编制指南（试行）》 (2011), all unconfirmed.</summary>
    public const string Inventory = "china-provincial-inventory-2011";

    /// <summary>GB 18596-2001 pig equivalents.</summary>
    public const string Gb18596 = "gb-18596-2001";

    /// <summary>The variant of a series with one qualifier.</summary>
    /// <param name="series">The series.</param>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns><c>series/qualifier</c>.</returns>
    public static string With(string series, string qualifier) => series + "/" + qualifier;

    /// <summary>The factor-record subject of a row key, e.g. <c>livestock.swine</c>.</summary>
    /// <param name="row">The row key.</param>
    /// <returns>The subject.</returns>
    public static string Subject(string row) => "livestock." + row;

    /// <summary>The factor-record subject of a manure management system.</summary>
    /// <param name="systemId">The system id.</param>
    /// <returns>The subject.</returns>
    public static string SystemSubject(string systemId) => "livestock.manure-system." + systemId;
}
