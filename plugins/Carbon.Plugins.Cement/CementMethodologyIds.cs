namespace Carbon.Plugins.Cement;

/// <summary>
/// The methodology ids the cement plugin understands in a project's <c>options.methods.cement</c> and in
/// <see cref="CementOptions.DefaultMethodology"/>. docs/methodology/cement.md gives every equation.
/// </summary>
public static class CementMethodologyIds
{
    /// <summary>
    /// 《中国水泥生产企业温室气体排放核算方法与报告指南（试行）》 (NDRC, 2013) and GB/T 32151.8-2015: the clinker-based
    /// carbonate method with CaO and MgO, plus raw-meal non-fuel carbon and alternative fuels. The default.
    /// </summary>
    public const string China2013 = "china-2013";

    /// <summary>IPCC 2006 Vol. 3 Ch. 2 §2.2 Tier 1: the default clinker emission factor 0.52 t CO2/t clinker.</summary>
    public const string IpccTier1 = "ipcc-tier1";

    /// <summary>IPCC 2006 Tier 2: clinker × CaO × stoichiometric ratio × CKD correction (Eq. 2.2, 2.4).</summary>
    public const string IpccTier2 = "ipcc-tier2";

    /// <summary>IPCC 2006 Tier 3: carbonates consumed minus uncalcined carbonate in lost CKD (Eq. 2.3).</summary>
    public const string IpccTier3 = "ipcc-tier3";

    /// <summary>
    /// MEE 《企业温室气体排放核算与报告指南 水泥行业》 CETS-AG-02.01-V01-2024. Its equations were not seen: the plugin
    /// computes the structure of the 2013 guideline / GB/T 32151.8 and says so with a warning.
    /// </summary>
    public const string Mee2024 = "mee-2024";
}
