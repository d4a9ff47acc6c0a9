using Carbon.Sdk;

namespace Carbon.Plugins.Cement.Calculators;

/// <summary>
/// The labels of the cement plugin's emission lines, in both languages (the Chinese terms are those of the 2013
/// cement guideline and docs glossary: 熟料, 窑头粉尘, 旁路放风粉尘, 生料中非燃料碳).
/// </summary>
internal static class CementEmissionLabels
{
    /// <summary>Process CO2 of the clinker (熟料).</summary>
    public static readonly LocalizedText Clinker = new("熟料", "clinker");

    /// <summary>Carbonate CO2 of kiln-head dust (窑头粉尘).</summary>
    public static readonly LocalizedText KilnHeadDust = new("窑头粉尘", "kiln-head dust");

    /// <summary>Carbonate CO2 of bypass dust (旁路放风粉尘).</summary>
    public static readonly LocalizedText BypassDust = new("旁路放风粉尘", "bypass dust");

    /// <summary>IPCC Tier 3: CO2 of the carbonate inputs (碳酸盐原料).</summary>
    public static readonly LocalizedText CarbonateInputs = new("碳酸盐原料", "carbonate inputs");

    /// <summary>CO2 of the raw meal's non-fuel carbon (生料中非燃料碳).</summary>
    public static readonly LocalizedText RawMealCarbon = new("生料中非燃料碳", "raw-meal non-fuel carbon");
}
