using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Plugins.Livestock;

/// <summary>
/// The methodology ids a project may choose with <c>options.methods.livestock</c>. The choice is recorded on every
/// result line.
/// </summary>
public static class LivestockMethods
{
    /// <summary>IPCC 2006 Tier 1 with the Asia / developing-country defaults (the default).</summary>
    public const string IpccTier1 = "ipcc-2006-tier1";

    /// <summary>IPCC 2006 Tier 2 manure CH4 (VS × 365 × B0 × 0.67 × Σ MCF × MS); enteric and N2O as Tier 1.</summary>
    public const string IpccTier2 = "ipcc-2006-tier2";

    /// <summary>GB/T 32151.22-2024 (NY/T 4243-2022) Appendix C default parameters.</summary>
    public const string GbT32151Part22 = "gbt-32151.22-2024";

    /// <summary>《省级温室气体清单编制指南（试行）》 (2011): unconfirmed, used only when a project names it.</summary>
    public const string ChinaProvincialInventory2011 = "china-provincial-inventory-2011";

    /// <summary>The methodologies, as reported in the plugin metadata.</summary>
    internal static readonly ImmutableArray<MethodologyInfo> All =
    [
        new()
        {
            Id = IpccTier1,
            Name = new LocalizedText("IPCC 2006 第1层级（亚洲/发展中国家缺省值）", "IPCC 2006 Tier 1 (Asia / developing-country defaults)"),
            Guideline = "2006 IPCC Guidelines Vol. 4 Ch. 10 (Tables 10.10, 10.11, 10.14, 10.15, 10.19, 10.21, 10.22; Eqs. 10.1, 10.19–10.30, numbering UNCONFIRMED) and Ch. 11 Table 11.3",
            Edition = "2006",
            Status = DataStatus.SingleSource,
        },
        new()
        {
            Id = IpccTier2,
            Name = new LocalizedText("IPCC 2006 第2层级（粪便管理 CH4）", "IPCC 2006 Tier 2 (manure management CH4)"),
            Guideline = "2006 IPCC Guidelines Vol. 4 Ch. 10, manure CH4 EF = VS × 365 × B0 × 0.67 × Σ MCF × MS (Eq. 10.23, numbering UNCONFIRMED); enteric and N2O as Tier 1",
            Edition = "2006",
            Status = DataStatus.SingleSource,
        },
        new()
        {
            Id = GbT32151Part22,
            Name = new LocalizedText("GB/T 32151.22-2024 畜禽规模养殖企业（NY/T 4243-2022）", "GB/T 32151.22-2024 scale livestock farms (NY/T 4243-2022)"),
            Guideline = "GB/T 32151.22-2024 温室气体排放核算与报告要求 第22部分：畜禽规模养殖企业, Appendix C (same values as NY/T 4243-2022)",
            Edition = "2024",
            Status = DataStatus.SingleSource,
        },
        new()
        {
            Id = ChinaProvincialInventory2011,
            Name = new LocalizedText("省级温室气体清单编制指南（试行，2011）（未核实）", "China provincial GHG inventory guideline (2011, unconfirmed)"),
            Guideline = "省级温室气体清单编制指南（试行）, agriculture chapter (tables not obtained; values unconfirmed except the rows GB/T 32151.22-2024 corroborates)",
            Edition = "2011",
            Status = DataStatus.Unconfirmed,
        },
    ];
}
