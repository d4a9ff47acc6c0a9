using System.Collections.Immutable;
using Carbon.Plugins.Lime.Domain;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Lime.Activities;

/// <summary>The descriptors of the lime activity kinds: what each line means, its amount and its parameters.</summary>
internal static class LimeActivityKinds
{
    private static readonly Dimension Capacity = Dimension.OfMass / Dimension.OfTime;

    /// <summary><c>lime.production</c>: lime produced (t), Tier 1 or Tier 2.</summary>
    public static ActivityKindDescriptor Production { get; } = new()
    {
        Kind = LimeProductionCalculator.Kind,
        Name = new LocalizedText("石灰生产（按产量）", "Lime production (from output)"),
        Description = new LocalizedText(
            "石灰煅烧的过程 CO2，按石灰产量计算（IPCC 2006 §2.3）。ipcc-tier1 用表2.4印刷的缺省排放因子；ipcc-tier2 用化学计量比 × CaO（或 CaO·MgO）含量（不修约）× 消石灰校正 × 窑灰校正。窑炉燃料和电力请写在 energy[]。",
            "Process CO2 of lime calcination from the lime produced (IPCC 2006 §2.3). ipcc-tier1 uses the printed Table 2.4 default EF; ipcc-tier2 uses stoichiometric ratio × CaO (or CaO·MgO) content (unrounded) × hydrated-lime correction × lime-kiln-dust correction. Kiln fuels and electricity go in energy[]."),
        AmountDimension = Dimension.OfMass,
        AmountUnit = "t",
        Parameters =
        [
            new ParameterDescriptor
            {
                Name = "limeType",
                Type = ParameterType.Choice,
                AllowedValues = [.. LimeTypeIds.LimeTypes],
                Description = new LocalizedText(
                    "石灰品种：high-calcium 高钙石灰、dolomitic 白云石灰、hydraulic 水硬性石灰。方法2必填；方法1未给出时用 IPCC 85/15 通用组合（需宿主允许未核实缺省值）。",
                    "Lime type: high-calcium, dolomitic or hydraulic. Required by Tier 2; under Tier 1, when absent, the IPCC 85/15 generic mix is used (only if the host allows unconfirmed defaults)."),
            },
            new ParameterDescriptor
            {
                Name = "technology",
                Type = ParameterType.Choice,
                AllowedValues = [.. LimeTypeIds.Technologies],
                Description = new LocalizedText(
                    "仅白云石灰：表2.4 的工艺行，developed（CaO·MgO 0.95，EF 0.86）或 developing（0.85，EF 0.77）；该对应关系仅单一来源。",
                    "Dolomitic lime only: the Table 2.4 technology row, developed (CaO·MgO 0.95, EF 0.86) or developing (0.85, EF 0.77); the pairing is single-source."),
            },
            Fraction("oxideContent", "方法2：实测 CaO（白云石灰为 CaO·MgO）含量；未给出时用表2.4缺省值。", "Tier 2: measured CaO (CaO·MgO for dolomitic lime) content; the Table 2.4 default when absent."),
            Fraction("hydratedLimeShare", "方法2：产品中消石灰的比例 x（C_h = 1 − x × y）；未给出表示无消石灰。", "Tier 2: share x of hydrated lime in the output (C_h = 1 − x × y); absent means no hydrated lime."),
            Fraction("hydratedLimeWaterContent", "方法2：消石灰含水率 y。有 hydratedLimeShare 时必填（IPCC 缺省 0.28 未经核实，仅在宿主允许时使用并警告）。", "Tier 2: water content y of the hydrated lime. Required with hydratedLimeShare (the IPCC default 0.28 is unconfirmed and used only when the host allows it, with a warning)."),
            new ParameterDescriptor
            {
                Name = "lkdCorrection",
                Type = ParameterType.Number,
                Minimum = 1,
                Description = new LocalizedText(
                    "方法2：窑灰校正系数 CF_lkd（例如 1.015）；未给出且无窑灰数据时用 IPCC 缺省 1.02。不可与窑灰数据同时给出。",
                    "Tier 2: lime-kiln-dust correction factor CF_lkd (e.g. 1.015); the IPCC default 1.02 when neither it nor dust data are given. Not together with dust data."),
            },
            new ParameterDescriptor
            {
                Name = "lkdMass",
                Type = ParameterType.Quantity,
                Dimension = Dimension.OfMass,
                Unit = "t",
                Minimum = 0,
                Description = new LocalizedText(
                    "方法2：未回窑的窑灰量 M_d（t），与 lkdCarbonateFraction、lkdCalcinationFraction 一起计算 CF_lkd = 1 + (M_d / M) × C_d × F_d。",
                    "Tier 2: lime kiln dust not recycled, M_d (t); with lkdCarbonateFraction and lkdCalcinationFraction it gives CF_lkd = 1 + (M_d / M) × C_d × F_d."),
            },
            Fraction("lkdCarbonateFraction", "方法2：窑灰中原始碳酸盐的比例 C_d。", "Tier 2: fraction C_d of original carbonate in the lime kiln dust."),
            Fraction("lkdCalcinationFraction", "方法2：窑灰中碳酸盐的煅烧率 F_d。", "Tier 2: calcination fraction F_d of the carbonate in the lime kiln dust."),
        ],
    };

    /// <summary><c>lime.carbonate-input</c>: carbonate or limestone consumed (t), Tier 3 / Chinese practice.</summary>
    public static ActivityKindDescriptor CarbonateInput { get; } = new()
    {
        Kind = CarbonateInputCalculator.Kind,
        Name = new LocalizedText("碳酸盐投入（按原料）", "Carbonate input (from raw materials)"),
        Description = new LocalizedText(
            "石灰窑消耗碳酸盐的过程 CO2（IPCC 方法3；或国内常用的“石灰石消耗量 × CaCO3 含量 × 分解率 × 排放因子”）：碳酸盐量 × 表2.1 排放因子 × 煅烧率，扣除流失粉尘中未煅烧的碳酸盐。与 lime.production 只用其一，否则重复计算。",
            "Process CO2 of the carbonates the kilns consume (IPCC Tier 3, or the Chinese 'limestone × CaCO3 content × decomposition rate × EF'): carbonate × Table 2.1 factor × calcination fraction, less uncalcined carbonate in lost dust. Use either this or lime.production for the same kilns, never both (double counting)."),
        AmountDimension = Dimension.OfMass,
        AmountUnit = "t",
        Parameters =
        [
            new ParameterDescriptor
            {
                Name = "carbonate",
                Type = ParameterType.Choice,
                Required = true,
                AllowedValues = [.. CarbonateIds.All],
                Description = new LocalizedText(
                    "碳酸盐：calcite（方解石/石灰石的 CaCO3，0.43971）、magnesite（MgCO3，0.52197）、dolomite（白云石 CaMg(CO3)2，0.47732），t CO2/t，IPCC 表2.1。",
                    "Carbonate: calcite (CaCO3 of limestone, 0.43971), magnesite (MgCO3, 0.52197) or dolomite (CaMg(CO3)2, 0.47732), t CO2/t, IPCC Table 2.1."),
            },
            Fraction("carbonateContent", "可选：amount 为石灰石（原矿）时其碳酸盐含量 PUR（例如“96 %”）；未给出时 amount 视为纯碳酸盐。", "Optional: when amount is limestone (raw stone), its carbonate content PUR (e.g. \"96 %\"); when absent, amount is pure carbonate."),
            Fraction("calcinationFraction", "必填：碳酸盐煅烧（分解）率 F，例如“98 %”。不提供缺省值。", "Required: calcination (decomposition) fraction F, e.g. \"98 %\". No default is shipped.", required: true),
            new ParameterDescriptor
            {
                Name = "lostDustMass",
                Type = ParameterType.Quantity,
                Dimension = Dimension.OfMass,
                Unit = "t",
                Minimum = 0,
                Description = new LocalizedText("可选：流失（未回窑）粉尘量 M_d（t），用于扣减未煅烧碳酸盐。", "Optional: lost (not recycled) dust M_d (t), for deducting its uncalcined carbonate."),
            },
            Fraction("lostDustCarbonateFraction", "与 lostDustMass 一起：粉尘中原始碳酸盐比例 C_d。", "With lostDustMass: fraction C_d of original carbonate in the dust."),
            Fraction("lostDustCalcinationFraction", "与 lostDustMass 一起：粉尘中碳酸盐的煅烧率 F_d。", "With lostDustMass: calcination fraction F_d of the carbonate in the dust."),
            new ParameterDescriptor
            {
                Name = "lostDustCarbonate",
                Type = ParameterType.Choice,
                AllowedValues = [.. CarbonateIds.All],
                Description = new LocalizedText("可选：粉尘中碳酸盐的种类（EF_d）；未给出时与 carbonate 相同。", "Optional: the carbonate in the dust (for EF_d); the line's carbonate when absent."),
            },
        ],
    };

    /// <summary><c>lime.kiln</c>: a group of identical kilns (design capacity of one kiln, t/d); facts only.</summary>
    public static ActivityKindDescriptor Kiln { get; } = new()
    {
        Kind = LimeKilnCalculator.Kind,
        Name = new LocalizedText("石灰窑", "Lime kiln"),
        Description = new LocalizedText(
            "声明一组同型同规模的石灰窑（amount = 单座窑设计产能，t/d），供三线一单等规则使用：窑型、产能、座数、燃料、被替代的窑。不产生排放。",
            "Declares a group of identical lime kilns (amount = design capacity of one kiln, t/d) for zoning rules: kiln type, capacity, count, fuel, kilns replaced. Emits nothing."),
        AmountDimension = Capacity,
        AmountUnit = "t/d",
        Parameters =
        [
            new ParameterDescriptor
            {
                Name = "kilnType",
                Type = ParameterType.Choice,
                Required = true,
                AllowedValues = [.. KilnTypeIds.All],
                Description = new LocalizedText(
                    "窑型：earth 土窑、ordinary-shaft 普通立窑、mechanised-shaft 机械化立窑、twin-shaft 双膛窑、annular-shaft 套筒窑、rotary 回转窑。",
                    "Kiln type: earth (土窑), ordinary-shaft (普通立窑), mechanised-shaft (机械化立窑), twin-shaft (双膛窑), annular-shaft (套筒窑), rotary (回转窑)."),
            },
            new ParameterDescriptor
            {
                Name = "count",
                Type = ParameterType.Number,
                Minimum = 1,
                Description = new LocalizedText("窑的座数（正整数），缺省 1。", "Number of kilns (a positive whole number); 1 when absent."),
            },
            new ParameterDescriptor
            {
                Name = "fuel",
                Type = ParameterType.Text,
                Description = new LocalizedText("窑用燃料（宜用 energy[] 的能源品种编号，例如 natural-gas、coal.raw）。", "Kiln fuel (preferably an energy[] carrier id, e.g. natural-gas, coal.raw)."),
            },
            new ParameterDescriptor
            {
                Name = "replacesKilns",
                Type = ParameterType.Json,
                AllowedValues = [.. KilnTypeIds.All],
                Description = new LocalizedText(
                    "可选：本项目替代（淘汰）的窑，数组，每座窑一项窑型编号，例如 [\"ordinary-shaft\", \"ordinary-shaft\"]。",
                    "Optional: the kilns the project replaces (retires), an array with one kiln type id per kiln, e.g. [\"ordinary-shaft\", \"ordinary-shaft\"]."),
            },
            new ParameterDescriptor
            {
                Name = "replacedCapacity",
                Type = ParameterType.Quantity,
                Dimension = Capacity,
                Unit = "t/d",
                Minimum = 0,
                Description = new LocalizedText("可选：被替代窑的合计产能（t/d）。", "Optional: total capacity of the kilns replaced (t/d)."),
            },
        ],
    };

    /// <summary>All kinds, in documentation order.</summary>
    public static ImmutableArray<ActivityKindDescriptor> All { get; } = [Production, CarbonateInput, Kiln];

    private static ParameterDescriptor Fraction(string name, string zh, string en, bool required = false) => new()
    {
        Name = name,
        Type = ParameterType.Quantity,
        Dimension = Dimension.None,
        Unit = "%",
        Minimum = 0,
        Maximum = 1,
        Required = required,
        Description = new LocalizedText(zh, en),
    };
}
