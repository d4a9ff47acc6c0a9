using Carbon.Sdk;

namespace Carbon.Plugins.Livestock.Calculation;

/// <summary>
/// The labels of the livestock plugin's emission lines, in both languages (肠道发酵 and 粪便管理 as in the glossary;
/// 挥发 and 淋溶 are the IPCC 2006 Chinese edition's words for the two indirect N2O pathways).
/// </summary>
internal static class LivestockEmissionLabels
{
    /// <summary>CH4 of enteric fermentation (肠道发酵).</summary>
    public static readonly LocalizedText EntericMethane = new("肠道发酵 CH4", "enteric CH4");

    /// <summary>CH4 of manure management (粪便管理).</summary>
    public static readonly LocalizedText ManureMethane = new("粪便管理 CH4", "manure CH4");

    /// <summary>Direct N2O of manure management.</summary>
    public static readonly LocalizedText ManureN2ODirect = new("粪便管理 N2O（直接）", "manure N2O (direct)");

    /// <summary>Indirect N2O of manure management through volatilisation (挥发).</summary>
    public static readonly LocalizedText ManureN2OVolatilisation = new("粪便管理 N2O（间接，挥发）", "manure N2O (indirect, volatilisation)");

    /// <summary>Indirect N2O of manure management through leaching and runoff (淋溶).</summary>
    public static readonly LocalizedText ManureN2OLeaching = new("粪便管理 N2O（间接，淋溶）", "manure N2O (indirect, leaching)");
}
