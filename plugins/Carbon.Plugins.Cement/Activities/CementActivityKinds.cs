using System.Collections.Immutable;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Cement.Activities;

/// <summary>The activity kinds of the cement plugin with their documented parameters and units.</summary>
internal static class CementActivityKinds
{
    private static readonly Dimension Mass = Dimension.OfMass;
    private static readonly Dimension MassPerDay = Dimension.OfMass / Dimension.OfTime;

    /// <summary>cement.clinker.</summary>
    public static readonly ActivityKindDescriptor Clinker = new()
    {
        Kind = CementKinds.Clinker,
        Name = new LocalizedText("熟料生产（原料碳酸盐分解）", "Clinker production (carbonate decomposition)"),
        Description = new LocalizedText(
            "本期熟料产量。计算熟料对应的原料碳酸盐分解 CO2：china-2013/mee-2024 用 CaO、MgO 含量（熟料法），ipcc-tier2 用 CaO 含量与窑灰修正，ipcc-tier1 用缺省因子 0.52，ipcc-tier3 用碳酸盐投入。窑用燃料、电力和热力请填在 energy[]。",
            "Clinker produced in the period. Computes the process CO2 of carbonate decomposition for the clinker: china-2013/mee-2024 from the CaO and MgO contents (clinker-based method), ipcc-tier2 from CaO with the CKD correction, ipcc-tier1 with the default factor 0.52, ipcc-tier3 from carbonate inputs. Kiln fuels, electricity and heat belong in energy[]."),
        AmountDimension = Mass,
        AmountUnit = "t",
        Parameters =
        [
            Fraction(CementParameters.CaoFraction,
                "熟料中 CaO 质量分数 FR_CaO，如 \"65 %\"。china-2013、mee-2024、ipcc-tier2 必填。",
                "CaO mass fraction of the clinker, FR_CaO, e.g. \"65 %\". Required by china-2013, mee-2024 and ipcc-tier2."),
            Fraction(CementParameters.NonCarbonateCaoFraction,
                "熟料中非碳酸盐来源的 CaO（钢渣、粉煤灰等带入）FR_CaO,nc，按占熟料质量的分数填写（不是占 CaO 的分数），如 \"1 %\"。不填按 0 计并警告。china-2013、mee-2024 使用。",
                "CaO in the clinker that does not come from carbonates (from slag, fly ash, etc.), FR_CaO,nc, as a mass fraction of the clinker (not of the CaO), e.g. \"1 %\". Taken as 0 with a warning when absent. Used by china-2013 and mee-2024."),
            Fraction(CementParameters.MgoFraction,
                "熟料中 MgO 质量分数 FR_MgO，如 \"2 %\"。china-2013、mee-2024 必填（确无 MgO 时写 \"0 %\"）。",
                "MgO mass fraction of the clinker, FR_MgO, e.g. \"2 %\". Required by china-2013 and mee-2024 (write \"0 %\" if there is none)."),
            Fraction(CementParameters.NonCarbonateMgoFraction,
                "熟料中非碳酸盐来源的 MgO FR_MgO,nc，按占熟料质量的分数填写，如 \"0.1 %\"。不填按 0 计并警告。china-2013、mee-2024 使用。",
                "MgO in the clinker that does not come from carbonates, FR_MgO,nc, as a mass fraction of the clinker, e.g. \"0.1 %\". Taken as 0 with a warning when absent. Used by china-2013 and mee-2024."),
            Quantity(CementParameters.KilnHeadDust, Mass, "t",
                "窑头粉尘（窑炉排气筒粉尘）量，t。china-2013、mee-2024 按与熟料相同的排放因子计入；该处理方式未经核实（UNCONFIRMED），使用时给出警告。",
                "Kiln-head (kiln exhaust stack) dust, t. china-2013 and mee-2024 count it at the clinker's emission factor; this treatment is UNCONFIRMED and warned about when used."),
            Quantity(CementParameters.BypassDust, Mass, "t",
                "旁路放风粉尘量，t。处理方式同窑头粉尘（UNCONFIRMED）。",
                "Bypass dust, t. Treated like kiln-head dust (UNCONFIRMED)."),
            new ParameterDescriptor
            {
                Name = CementParameters.CkdCorrectionFactor,
                Type = ParameterType.Number,
                Description = new LocalizedText(
                    "实测窑灰修正系数 CF_ckd（≥ 1），如 1.015。仅 ipcc-tier2 使用；不填且无窑灰数据时用 IPCC 缺省值 1.02。",
                    "Measured cement kiln dust correction factor CF_ckd (≥ 1), e.g. 1.015. ipcc-tier2 only; without it and without dust data the IPCC default 1.02 is used."),
                Unit = "1",
                Minimum = 1,
            },
            Quantity(CementParameters.CkdLost, Mass, "t",
                "未返回窑内的窑灰量 M_d，t。ipcc-tier2（式 2.4，与 ckdCarbonateFraction、ckdCalcinationFraction 同时填写）和 ipcc-tier3（式 2.3）使用。",
                "Cement kiln dust not recycled to the kiln, M_d, t. Used by ipcc-tier2 (Eq. 2.4, together with ckdCarbonateFraction and ckdCalcinationFraction) and ipcc-tier3 (Eq. 2.3)."),
            Fraction(CementParameters.CkdCarbonateFraction,
                "窑灰中原始碳酸盐的比例 C_d，如 \"50 %\"。ipcc-tier2（式 2.4）和 ipcc-tier3 使用。",
                "Fraction of original carbonate in the lost CKD, C_d, e.g. \"50 %\". Used by ipcc-tier2 (Eq. 2.4) and ipcc-tier3."),
            Fraction(CementParameters.CkdCalcinationFraction,
                "窑灰中该碳酸盐的煅烧比例 F_d，如 \"100 %\"。ipcc-tier2（式 2.4）和 ipcc-tier3 使用。",
                "Calcination fraction of that carbonate in the CKD, F_d, e.g. \"100 %\". Used by ipcc-tier2 (Eq. 2.4) and ipcc-tier3."),
            new ParameterDescriptor
            {
                Name = CementParameters.CkdCarbonate,
                Type = ParameterType.Choice,
                Description = new LocalizedText(
                    "窑灰中碳酸盐的种类（式 2.4 的 EF_c、式 2.3 的 EF_d），不填按方解石 CaCO3 计。",
                    "The carbonate of the CKD (EF_c of Eq. 2.4, EF_d of Eq. 2.3); calcite (CaCO3) when not given."),
                AllowedValues = CementChoices.Carbonates,
            },
            new ParameterDescriptor
            {
                Name = CementParameters.Carbonates,
                Type = ParameterType.Json,
                Description = new LocalizedText(
                    "ipcc-tier3 的碳酸盐投入：数组，每项 {\"carbonate\": \"calcite\", \"mass\": \"180万 t\", \"calcinationFraction\": \"100 %\"}；carbonate 取 calcite、magnesite、dolomite、siderite、ankerite、rhodochrosite、sodium-carbonate 之一。",
                    "Carbonate inputs for ipcc-tier3: an array of {\"carbonate\": \"calcite\", \"mass\": \"1800000 t\", \"calcinationFraction\": \"100 %\"}; carbonate is one of calcite, magnesite, dolomite, siderite, ankerite, rhodochrosite, sodium-carbonate."),
            },
            Quantity(CementParameters.ClinkerCapacity, MassPerDay, "t/d",
                "熟料生产线设计产能，t/d，如 \"5000 t/d\"。生成事实 cement.clinker-capacity，并用于计算产能置换比例。",
                "Design clinker capacity of the line, t/d, e.g. \"5000 t/d\". Gives the fact cement.clinker-capacity and the denominator of the replacement ratio."),
            new ParameterDescriptor
            {
                Name = CementParameters.KilnType,
                Type = ParameterType.Choice,
                Description = new LocalizedText(
                    "窑型：new-dry-process（新型干法）、shaft（机立窑）、wet（湿法窑）、dry-hollow（干法中空窑）、lepol（立波尔窑）、other。生成事实 cement.kiln-type。",
                    "Kiln type: new-dry-process (NSP), shaft, wet, dry-hollow, lepol, other. Gives the fact cement.kiln-type."),
                AllowedValues = CementChoices.KilnTypes,
            },
            new ParameterDescriptor
            {
                Name = CementParameters.CapacityReplacement,
                Type = ParameterType.Json,
                Description = new LocalizedText(
                    "产能置换来源：数组，每项 {\"province\": \"340000\"（GB/T 2260 代码）, \"catalogueClass\": \"encouraged|allowed|restricted|eliminated\", \"capacity\": \"2500 t/d\", \"name\": 可选}。生成事实 cement.replacement-capacity、cement.replacement-ratio 等。",
                    "Capacity-replacement sources: an array of {\"province\": \"340000\" (GB/T 2260 code), \"catalogueClass\": \"encouraged|allowed|restricted|eliminated\", \"capacity\": \"2500 t/d\", \"name\": optional}. Gives the facts cement.replacement-capacity, cement.replacement-ratio and others."),
            },
        ],
    };

    /// <summary>cement.cement.</summary>
    public static readonly ActivityKindDescriptor Cement = new()
    {
        Kind = CementKinds.Cement,
        Name = new LocalizedText("水泥产量（IPCC 第1层级）", "Cement output (IPCC Tier 1)"),
        Description = new LocalizedText(
            "某一品种水泥的本期产量。按 IPCC 2006 式 2.1 计算：[水泥量 × 熟料系数 − 熟料调入 + 熟料调出] × 0.52。熟料系数必须由用户给出（IPCC 表给的是范围）。每个品种一行；同一熟料不要再以 cement.clinker 填报。",
            "Output of one cement type in the period. IPCC 2006 Eq. 2.1: [cement × clinker fraction − clinker imports + clinker exports] × 0.52. The clinker fraction must be given (the IPCC table gives ranges). One line per type; do not enter the same clinker again as cement.clinker."),
        AmountDimension = Mass,
        AmountUnit = "t",
        Parameters =
        [
            Fraction(CementParameters.ClinkerFraction,
                "该品种水泥的熟料系数 C_cli，如 \"95 %\"。必填。生成事实 cement.clinker-ratio（GB 16780-2021 熟料比例修正用）。",
                "Clinker fraction of this cement type, C_cli, e.g. \"95 %\". Required. Gives the fact cement.clinker-ratio (for the GB 16780-2021 clinker-ratio correction).",
                required: true),
            new ParameterDescriptor
            {
                Name = CementParameters.CementType,
                Type = ParameterType.Text,
                Description = new LocalizedText("水泥品种（标签），如 \"P·O 42.5\"。", "Cement type (a label), e.g. \"P·O 42.5\" or \"Portland\"."),
            },
            Quantity(CementParameters.ClinkerImports, Mass, "t", "调入（外购）用于生产的熟料量 Im，t。", "Clinker imported for consumption, Im, t."),
            Quantity(CementParameters.ClinkerExports, Mass, "t", "调出（外销）的熟料量 Ex，t。", "Clinker exported, Ex, t."),
            new ParameterDescriptor
            {
                Name = CementParameters.GrindingStationOnly,
                Type = ParameterType.Boolean,
                Description = new LocalizedText(
                    "项目是否为无熟料窑的水泥粉磨站。生成事实 cement.grinding-station-only。",
                    "Whether the project is a cement grinding station without a kiln. Gives the fact cement.grinding-station-only."),
            },
        ],
    };

    /// <summary>cement.raw-meal-carbon.</summary>
    public static readonly ActivityKindDescriptor RawMealCarbon = new()
    {
        Kind = CementKinds.RawMealCarbon,
        Name = new LocalizedText("生料中非燃料碳煅烧", "Non-fuel carbon in raw meal"),
        Description = new LocalizedText(
            "本期生料用量。排放 = 生料量 × 生料中非燃料碳含量 × 44/12（2013 水泥指南）。非燃料碳含量必须实测给出：常见的 0.1 %–0.3 % 缺省范围未经核实。",
            "Raw meal consumed in the period. CO2 = raw meal × non-fuel carbon fraction × 44/12 (2013 China cement guideline). The fraction must be measured: the often-quoted 0.1–0.3 % default is UNCONFIRMED."),
        AmountDimension = Mass,
        AmountUnit = "t",
        Parameters =
        [
            Fraction(CementParameters.NonFuelCarbonFraction,
                "生料中非燃料碳的质量分数 FR_0（干基），如 \"0.2 %\"。必填。",
                "Non-fuel carbon mass fraction of the raw meal, FR_0 (dry basis), e.g. \"0.2 %\". Required.",
                required: true),
        ],
    };

    /// <summary>cement.alternative-fuel.</summary>
    public static readonly ActivityKindDescriptor AlternativeFuel = new()
    {
        Kind = CementKinds.AlternativeFuel,
        Name = new LocalizedText("替代燃料/废弃物非生物质碳燃烧", "Alternative fuels and wastes (non-biomass carbon)"),
        Description = new LocalizedText(
            "本期某种替代燃料或协同处置废弃物的用量。排放 = 用量 × 热值 × 排放因子 × 非生物质碳比例（2013 水泥指南）。三个参数都必须给出：指南的缺省值表未获得。",
            "Alternative fuel or co-processed waste burnt in the period. CO2 = amount × heating value × emission factor × non-biomass carbon share (2013 China cement guideline). All three parameters are required: the guideline's default table was not obtained."),
        AmountDimension = Mass,
        AmountUnit = "t",
        Parameters =
        [
            Quantity(CementParameters.HeatingValue, Dimension.OfEnergy / Dimension.OfMass, "GJ/t",
                "热值 HV，GJ/t，如 \"35 GJ/t\"。必填。", "Heating value HV, GJ/t, e.g. \"35 GJ/t\". Required.", required: true),
            Quantity(CementParameters.EmissionFactor, Dimension.OfMass / Dimension.OfEnergy, "tCO2/GJ",
                "排放因子 EF，t CO2/GJ，如 \"0.08 tCO2/GJ\"。必填。", "Emission factor EF, t CO2/GJ, e.g. \"0.08 tCO2/GJ\". Required.", required: true),
            Fraction(CementParameters.NonBiomassCarbonShare,
                "非生物质碳所占比例 α，如 \"80 %\"。必填。", "Non-biomass carbon share α, e.g. \"80 %\". Required.", required: true),
            new ParameterDescriptor
            {
                Name = CementParameters.FuelType,
                Type = ParameterType.Text,
                Description = new LocalizedText("替代燃料种类（标签），如 \"废轮胎\"。", "Kind of alternative fuel (a label), e.g. \"waste tyres\"."),
            },
        ],
    };

    /// <summary>All kinds.</summary>
    public static readonly ImmutableArray<ActivityKindDescriptor> All = [Clinker, Cement, RawMealCarbon, AlternativeFuel];

    private static ParameterDescriptor Fraction(string name, string zh, string en, bool required = false) => new()
    {
        Name = name,
        Type = ParameterType.Quantity,
        Description = new LocalizedText(zh, en),
        Required = required,
        Dimension = Dimension.None,
        Unit = "%",
        Minimum = 0,
        Maximum = 1,
    };

    private static ParameterDescriptor Quantity(string name, Dimension dimension, string unit, string zh, string en, bool required = false) => new()
    {
        Name = name,
        Type = ParameterType.Quantity,
        Description = new LocalizedText(zh, en),
        Required = required,
        Dimension = dimension,
        Unit = unit,
        Minimum = 0,
    };
}
