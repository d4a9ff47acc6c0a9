namespace Carbon.Plugins.Lime.Domain;

/// <summary>
/// The carbonates a <c>lime.carbonate-input</c> line may consume, each with its IPCC 2006 Table 2.1 factor in the
/// data set under the subject <c>carbonate.&lt;id&gt;</c>.
/// </summary>
internal static class CarbonateIds
{
    /// <summary>方解石/文石 calcite or aragonite, CaCO3 (limestone's carbonate).</summary>
    public const string Calcite = "calcite";

    /// <summary>菱镁矿 magnesite, MgCO3.</summary>
    public const string Magnesite = "magnesite";

    /// <summary>白云石 dolomite, CaMg(CO3)2.</summary>
    public const string Dolomite = "dolomite";

    /// <summary>All carbonate ids.</summary>
    public static readonly string[] All = [Calcite, Magnesite, Dolomite];

    /// <summary>Whether an id is a known carbonate.</summary>
    public static bool IsKnown(string? id) => id is not null && Array.IndexOf(All, id) >= 0;

    /// <summary>The Chinese name of a known carbonate (方解石, 菱镁矿, 白云石), or the id itself.</summary>
    public static string ChineseName(string id) => id switch
    {
        Calcite => "方解石",
        Magnesite => "菱镁矿",
        Dolomite => "白云石",
        _ => id,
    };

    /// <summary>The data-set subject of a carbonate's CO2 factor.</summary>
    public static string Subject(string id) => "carbonate." + id;
}
