using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Plugins.Lime.Methods;

/// <summary>
/// The methodologies of the lime plugin, chosen per project with <c>options.methods.lime</c>.
/// <c>ipcc-tier1</c> and <c>ipcc-tier2</c> govern <c>lime.production</c> lines (printed Table 2.4 defaults vs
/// SR × content computed unrounded); <c>lime.carbonate-input</c> lines are always computed from carbonates
/// (<c>ipcc-tier3</c>, or <c>china-limestone</c> when a carbonate content is given).
/// </summary>
internal static class LimeMethods
{
    /// <summary>IPCC Tier 1: lime output × the printed Table 2.4 default EF (or the 85/15 generic mix).</summary>
    public const string IpccTier1 = "ipcc-tier1";

    /// <summary>IPCC Tier 2: lime output × SR × content (unrounded) × C_h × CF_lkd.</summary>
    public const string IpccTier2 = "ipcc-tier2";

    /// <summary>IPCC Tier 3: carbonates consumed × Table 2.1 factor × calcination fraction − uncalcined carbonate in lost dust.</summary>
    public const string IpccTier3 = "ipcc-tier3";

    /// <summary>Chinese lime-kiln practice: limestone × CaCO3 content × decomposition rate × EF.</summary>
    public const string ChinaLimestone = "china-limestone";

    /// <summary>The default when neither the host nor the project chooses.</summary>
    public const string Default = IpccTier2;

    /// <summary>The methods a <c>lime.production</c> line can be computed with.</summary>
    public static readonly string[] ForProduction = [IpccTier1, IpccTier2];

    private const string Guideline = "IPCC 2006 Guidelines for National Greenhouse Gas Inventories, Vol. 3 Ch. 2 §2.3 Lime production";

    /// <summary>Whether an id names a methodology of this plugin.</summary>
    public static bool IsKnown(string? id) => id is IpccTier1 or IpccTier2 or IpccTier3 or ChinaLimestone;

    /// <summary>The methodologies, with the status of the plugin's reading of each.</summary>
    public static ImmutableArray<MethodologyInfo> All { get; } =
    [
        new MethodologyInfo
        {
            Id = IpccTier1,
            Name = new LocalizedText("IPCC 方法1：按石灰产量与表2.4缺省排放因子（印刷值）", "IPCC Tier 1: lime output × Table 2.4 default EF (as printed)"),
            Guideline = Guideline + ", Tier 1, Table 2.4",
            Edition = "2006",
            Status = DataStatus.Confirmed,
        },
        new MethodologyInfo
        {
            Id = IpccTier2,
            Name = new LocalizedText("IPCC 方法2：化学计量比 × CaO（或 CaO·MgO）含量，含消石灰与窑灰校正", "IPCC Tier 2: stoichiometric ratio × CaO (or CaO·MgO) content, with hydrated-lime and LKD corrections"),
            Guideline = Guideline + ", Tier 2",
            Edition = "2006",
            Status = DataStatus.Confirmed,
        },
        new MethodologyInfo
        {
            Id = IpccTier3,
            Name = new LocalizedText("IPCC 方法3：按碳酸盐投入量（表2.1），扣除流失窑灰中未煅烧碳酸盐", "IPCC Tier 3: carbonate inputs (Table 2.1) less uncalcined carbonate in lost dust"),
            Guideline = Guideline + ", Tier 3; Table 2.1",
            Edition = "2006",
            Status = DataStatus.SingleSource,
        },
        new MethodologyInfo
        {
            Id = ChinaLimestone,
            Name = new LocalizedText("国内石灰窑常用算法：石灰石消耗量 × CaCO3 含量 × 分解率 × 排放因子", "Chinese lime-kiln practice: limestone consumed × CaCO3 content × decomposition rate × EF"),
            Guideline = "Chinese lime-kiln accounting practice (industry article; no national lime guideline found, ghg-methods.md §2.2)",
            Edition = "as described in ghg-methods.md §2.2",
            Status = DataStatus.SingleSource,
        },
    ];
}
