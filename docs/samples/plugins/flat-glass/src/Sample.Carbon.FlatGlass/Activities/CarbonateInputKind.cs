using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Sample.Carbon.FlatGlass.Activities;

/// <summary>
/// <c>flat-glass.carbonate-input</c>: one carbonate raw material of the glass batch (配合料中的碳酸盐原料), e.g. soda ash
/// (纯碱), dolomite (白云石) or limestone (石灰石), with its carbonate content and calcination fraction.
/// </summary>
internal static class CarbonateInputKind
{
    /// <summary>The kind id.</summary>
    public const string Kind = "flat-glass.carbonate-input";

    /// <summary>The carbonate parameter.</summary>
    public const string Carbonate = "carbonate";

    /// <summary>The carbonate-content parameter.</summary>
    public const string Purity = "purity";

    /// <summary>The calcination-fraction parameter.</summary>
    public const string CalcinationFraction = "calcinationFraction";

    /// <summary>The optional emission-factor parameter.</summary>
    public const string EmissionFactor = "emissionFactor";

    /// <summary>The carbonates with a factor in the shipped data (IPCC 2006 Table 2.1).</summary>
    public static readonly string[] Carbonates = ["calcite", "dolomite", "magnesite", "sodium-carbonate"];

    /// <summary>The descriptor.</summary>
    public static ActivityKindDescriptor Descriptor { get; } = new()
    {
        Kind = Kind,
        Name = new LocalizedText("碳酸盐原料（配合料）", "Carbonate raw material (glass batch)"),
        Description = new LocalizedText(
            "本期消耗的一种碳酸盐原料（纯碱、白云石、石灰石等）的质量。过程排放 CO2 = 原料量 × 碳酸盐含量 × 煅烧比例 × 排放因子；排放因子缺省取 IPCC 2006 表 2.1（单一来源），也可给出实测值。熔窑燃料和电力请填在 energy[]。",
            "Mass of one carbonate raw material (soda ash, dolomite, limestone, …) consumed in the period. Process CO2 = mass × carbonate content × calcination fraction × emission factor; the factor defaults to IPCC 2006 Table 2.1 (single source) or is given. Furnace fuels and electricity belong in energy[]."),
        AmountDimension = Dimension.OfMass,
        AmountUnit = "t",
        Parameters =
        [
            new ParameterDescriptor
            {
                Name = Carbonate,
                Type = ParameterType.Choice,
                Required = true,
                AllowedValues = [.. Carbonates],
                Description = new LocalizedText(
                    "碳酸盐种类：calcite（方解石/石灰石 CaCO3）、dolomite（白云石 CaMg(CO3)2）、magnesite（菱镁矿 MgCO3）、sodium-carbonate（纯碱 Na2CO3）。",
                    "The carbonate: calcite (limestone, CaCO3), dolomite (CaMg(CO3)2), magnesite (MgCO3), sodium-carbonate (soda ash, Na2CO3)."),
            },
            new ParameterDescriptor
            {
                Name = Purity,
                Type = ParameterType.Quantity,
                Required = true,
                Dimension = Dimension.None,
                Unit = "%",
                Minimum = 0,
                Maximum = 1,
                Description = new LocalizedText(
                    "原料中该碳酸盐的质量分数（纯度），如 \"98.5 %\"。必须实测给出：本插件不提供缺省值。",
                    "Mass fraction of the carbonate in the raw material (purity), e.g. \"98.5 %\". Must be measured: the plugin ships no default."),
            },
            new ParameterDescriptor
            {
                Name = CalcinationFraction,
                Type = ParameterType.Quantity,
                Required = true,
                Dimension = Dimension.None,
                Unit = "%",
                Minimum = 0,
                Maximum = 1,
                Description = new LocalizedText(
                    "碳酸盐的煅烧（分解）比例，如 \"100 %\"。必须给出：本插件不提供缺省值。",
                    "Fraction of the carbonate calcined (decomposed), e.g. \"100 %\". Must be given: the plugin ships no default."),
            },
            new ParameterDescriptor
            {
                Name = EmissionFactor,
                Type = ParameterType.Quantity,
                Dimension = Dimension.None,
                Unit = "tCO2/t",
                Minimum = 0,
                Description = new LocalizedText(
                    "实测或指南给出的排放因子（t CO2/t 碳酸盐），代替 IPCC 2006 表 2.1 的缺省值。",
                    "A measured or guideline emission factor (t CO2 per t of carbonate) used instead of the IPCC 2006 Table 2.1 default."),
            },
        ],
    };
}
