using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Factors;
using Carbon.Sdk.Plugins;

namespace Carbon.Plugins.Cement.Methodologies;

/// <summary>The methodologies the plugin implements, with guideline, edition, effective date and how far each is confirmed.</summary>
internal static class CementMethodologies
{
    /// <summary>The 2013 NDRC guideline and GB/T 32151.8-2015: equation structure [C] (ghg-methods.md §1.2–§1.3).</summary>
    public static readonly MethodologyInfo China2013 = new()
    {
        Id = CementMethodologyIds.China2013,
        Name = new LocalizedText(
            "中国水泥生产企业温室气体排放核算方法与报告指南（试行）/ GB/T 32151.8-2015（熟料法）",
            "China cement GHG accounting guideline (trial, NDRC 2013) / GB/T 32151.8-2015 (clinker-based method)"),
        Guideline = "《中国水泥生产企业温室气体排放核算方法与报告指南（试行）》 (NDRC 2013; document number 发改办气候〔2013〕2526号 UNCONFIRMED); GB/T 32151.8-2015 《温室气体排放核算与报告要求 第8部分：水泥生产企业》",
        Edition = "2013 (试行); GB/T 32151.8-2015",
        EffectiveFrom = null,
        Status = DataStatus.Confirmed,
    };

    /// <summary>IPCC 2006 Tier 1 (Eq. 2.1; default EF 0.52 [C]).</summary>
    public static readonly MethodologyInfo IpccTier1 = new()
    {
        Id = CementMethodologyIds.IpccTier1,
        Name = new LocalizedText("IPCC 2006 第1层级（缺省熟料排放因子）", "IPCC 2006 Tier 1 (default clinker emission factor)"),
        Guideline = "IPCC 2006 Guidelines for National Greenhouse Gas Inventories, Vol. 3 Ch. 2 §2.2, Eq. 2.1 (equation number UNCONFIRMED)",
        Edition = "2006 (no change in the 2019 Refinement per one secondary source, UNCONFIRMED)",
        EffectiveFrom = null,
        Status = DataStatus.Confirmed,
    };

    /// <summary>IPCC 2006 Tier 2 (Eq. 2.2 with the CKD correction Eq. 2.4) [C].</summary>
    public static readonly MethodologyInfo IpccTier2 = new()
    {
        Id = CementMethodologyIds.IpccTier2,
        Name = new LocalizedText("IPCC 2006 第2层级（熟料 CaO 含量 + 窑灰修正）", "IPCC 2006 Tier 2 (clinker CaO content with CKD correction)"),
        Guideline = "IPCC 2006 Guidelines, Vol. 3 Ch. 2 §2.2, Eq. 2.2 and Eq. 2.4 (equation numbers UNCONFIRMED)",
        Edition = "2006",
        EffectiveFrom = null,
        Status = DataStatus.Confirmed,
    };

    /// <summary>IPCC 2006 Tier 3 (Eq. 2.3, carbonate inputs) [C].</summary>
    public static readonly MethodologyInfo IpccTier3 = new()
    {
        Id = CementMethodologyIds.IpccTier3,
        Name = new LocalizedText("IPCC 2006 第3层级（碳酸盐投入法）", "IPCC 2006 Tier 3 (carbonate inputs)"),
        Guideline = "IPCC 2006 Guidelines, Vol. 3 Ch. 2 §2.2, Eq. 2.3 (equation number UNCONFIRMED); carbonate factors Table 2.1",
        Edition = "2006",
        EffectiveFrom = null,
        Status = DataStatus.Confirmed,
    };

    /// <summary>
    /// MEE CETS-AG-02.01-V01-2024: issued and in force 2024-09-13 [C]; its equations, defaults and covered sources were
    /// not seen, so the plugin's reading is UNCONFIRMED (ghg-methods.md §1.4).
    /// </summary>
    public static readonly MethodologyInfo Mee2024 = new()
    {
        Id = CementMethodologyIds.Mee2024,
        Name = new LocalizedText(
            "企业温室气体排放核算与报告指南 水泥行业（CETS-AG-02.01-V01-2024）：按 2013 指南/GB/T 32151.8 结构计算，方程未经核实",
            "MEE cement GHG accounting guideline CETS-AG-02.01-V01-2024: computed with the structure of the 2013 guideline / GB/T 32151.8, equations UNCONFIRMED"),
        Guideline = "生态环境部《企业温室气体排放核算与报告指南 水泥行业》 CETS—AG—02.01—V01—2024 (notice dated 2024-09-13); body text not seen: equations, defaults and covered sources UNCONFIRMED",
        Edition = "V01-2024",
        EffectiveFrom = new DateOnly(2024, 9, 13),
        Status = DataStatus.Unconfirmed,
    };

    /// <summary>All, default first.</summary>
    public static readonly ImmutableArray<MethodologyInfo> All = [China2013, IpccTier1, IpccTier2, IpccTier3, Mee2024];

    /// <summary>Whether <paramref name="id"/> is one of the plugin's methodology ids (ordinal, case-sensitive).</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when known.</returns>
    public static bool IsKnown(string? id)
    {
        foreach (var m in All)
        {
            if (string.Equals(m.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
