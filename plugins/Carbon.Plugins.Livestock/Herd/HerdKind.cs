using System.Collections.Immutable;
using Carbon.Plugins.Livestock.Domain;
using Carbon.Sdk;
using Carbon.Sdk.Activities;
using Carbon.Sdk.Units;

namespace Carbon.Plugins.Livestock.Herd;

/// <summary>The activity kind <c>livestock.herd</c>: one herd line (畜群) of a farm.</summary>
internal static class HerdKind
{
    /// <summary>The kind id.</summary>
    public const string Id = "livestock.herd";

    /// <summary>The descriptor.</summary>
    public static readonly ActivityKindDescriptor Descriptor = new()
    {
        Kind = Id,
        Name = new LocalizedText("畜禽养殖（畜群）", "livestock herd"),
        Description = new LocalizedText(
            "一个畜群：头（只）数为存栏数或年出栏数。计算肠道发酵 CH4、粪便管理 CH4 与 N2O（直接与间接），并给出猪当量、规模类别等事实。",
            "One herd of a farm: the amount is head on hand (存栏) or head sold per year (出栏). Computes enteric CH4, manure CH4 and manure N2O (direct and indirect) and reports facts such as pig equivalents and the scale class."),
        AmountDimension = Dimension.OfCount,
        AmountUnit = HerdUnits.Head,
        Parameters =
        [
            Choice(HerdParameters.Category, LivestockCategories.Ids, required: true,
                "畜禽类别（见方法说明）。仅注释给出因子的类别可以计算，其余给出诊断。",
                "Livestock category (see the methodology page). Only categories the notes give factors for are calculable; others give a diagnostic."),
            Choice(HerdParameters.Population, Choices.PopulationBases, required: true,
                "头数口径：stock = 存栏（作为年平均饲养量）；sold = 年出栏（按 IPCC 式 10.1 用 daysAlive 折算年平均饲养量）。",
                "Basis of the head count: stock = head on hand (taken as the annual average population); sold = head sold per year (converted with daysAlive, IPCC Eq. 10.1)."),
            Quantity(HerdParameters.DaysAlive, Dimension.OfTime, HerdUnits.Day, 0, 365,
                "出栏畜禽的饲养天数（sold 时必填）：年平均饲养量 = 天数 × 出栏数 / 365。存栏口径下仅用于换算出栏数以判断规模。",
                "Days alive of the animals sold (required for sold): AAP = days × head sold / 365. For stock lines only used to convert to head sold for 出栏 scale thresholds."),
            Quantity(HerdParameters.TypicalMass, Dimension.OfMass, HerdUnits.Kg, 0, null,
                "典型活体重 TAM（用于 Nex = N_rate × TAM/1000 × 365）；缺省取 IPCC 表 10.19。",
                "Typical animal mass TAM (for Nex = N_rate × TAM/1000 × 365); default IPCC Table 10.19 where it gives one."),
            new ParameterDescriptor
            {
                Name = HerdParameters.ManureSystems,
                Type = ParameterType.Shares,
                AllowedValues = ManureSystems.Ids,
                Description = new LocalizedText(
                    "各粪便管理方式所占比例 MS（合计为 1）。IPCC 方法计算 N2O 及第2层级 CH4 时必填。",
                    "Share of manure in each management system MS (summing to 1). Required by the IPCC methods for N2O and by Tier 2 for CH4."),
            },
            Quantity(HerdParameters.Temperature, Dimension.OfTemperature, HerdUnits.Celsius, null, null,
                "年平均气温（°C），取整到最近的整数度查表（IPCC 表 10.14，GB/T 32151.22 表 C.6）。",
                "Annual mean temperature (°C), rounded to the nearest whole degree for the tables (IPCC Table 10.14, GB/T 32151.22 Table C.6)."),
            Choice(HerdParameters.ClimateZone, Choices.ClimateBands, required: false,
                "IPCC 气候带（cool/temperate/warm），用于表 10.15 与 MCF；未给出时仅在 allowUnconfirmed 时由气温按未核实的气候带界限推定（并警告）。",
                "IPCC climate band (cool/temperate/warm) for Table 10.15 and MCF; when absent it is derived from the temperature with the unconfirmed band limits only under allowUnconfirmed (with a warning)."),
            Choice(HerdParameters.Region, Choices.Regions, required: false,
                "中国六大区（华北、东北、华东、中南、西南、西北），用于 GB/T 32151.22 表 C.7/C.10 与 2011 清单指南。",
                "China region (华北, 东北, 华东, 中南, 西南, 西北) for GB/T 32151.22 Tables C.7/C.10 and the 2011 inventory."),
            Choice(HerdParameters.AgeClass, Choices.AgeClasses, required: false,
                "牛的年龄组（GB/T 32151.22 表 C.3）：young = 当年生，adult = 其他成年畜，breeding-female = 繁殖母畜。",
                "Age class of cattle and buffalo (GB/T 32151.22 Table C.3): young = 当年生, adult = 其他成年畜, breeding-female = 繁殖母畜."),
            Choice(HerdParameters.FeedingMode, Choices.FeedingModes, required: false,
                "饲养方式（2011 清单指南）：intensive = 规模化，household = 农户散养，grazing = 放牧。",
                "Feeding mode (2011 inventory guideline): intensive = 规模化, household = 农户散养, grazing = 放牧."),
            Quantity(HerdParameters.EntericEf, HerdUnits.PerHeadPerTime, HerdUnits.KgCh4PerHeadYear, 0, null,
                "项目实测/给定的肠道发酵 CH4 排放因子，替代缺省值。",
                "Project-supplied enteric CH4 EF, replacing the default."),
            Quantity(HerdParameters.ManureCh4Ef, HerdUnits.PerHeadPerTime, HerdUnits.KgCh4PerHeadYear, 0, null,
                "项目给定的粪便管理 CH4 排放因子，替代缺省值或第2层级计算。",
                "Project-supplied manure CH4 EF, replacing the default or the Tier 2 calculation."),
            Quantity(HerdParameters.NexRate, HerdUnits.PerTime, HerdUnits.KgNPerTonneDay, 0, null,
                "项目给定的氮排泄率 N_rate（kg N/1000 kg 活重/天，写作 kg N/t/d）。",
                "Project-supplied N excretion rate N_rate (kg N per 1000 kg animal mass per day, written kg N/t/d)."),
            Quantity(HerdParameters.Nex, HerdUnits.PerHeadPerTime, HerdUnits.KgNPerHeadYear, 0, null,
                "项目给定的年氮排泄量 Nex（kg N/头/年），替代 N_rate × TAM 或 GB/T 表 C.8。",
                "Project-supplied annual N excretion Nex (kg N/head/yr), replacing N_rate × TAM or GB/T Table C.8."),
            Quantity(HerdParameters.Vs, HerdUnits.PerHeadPerTime, HerdUnits.KgVsPerHeadDay, 0, null,
                "项目给定的挥发性固体排泄量 VS（kg VS/头/天）。",
                "Project-supplied volatile solids VS (kg VS/head/day)."),
            Quantity(HerdParameters.B0, HerdUnits.VolumePerMass, HerdUnits.CubicMetrePerKgVs, 0, null,
                "项目给定的最大产甲烷能力 B0（m³ CH4/kg VS）。",
                "Project-supplied maximum CH4 producing capacity B0 (m³ CH4/kg VS)."),
            new ParameterDescriptor
            {
                Name = HerdParameters.Mcf,
                Type = ParameterType.Json,
                Description = new LocalizedText(
                    "项目给定的各粪便管理方式甲烷转化因子 MCF，对象：{\"solid-storage\": \"4 %\"} 或小数。",
                    "Project-supplied methane conversion factor per system, an object: {\"solid-storage\": \"4 %\"} or a fraction."),
            },
            new ParameterDescriptor
            {
                Name = HerdParameters.FracGasMs,
                Type = ParameterType.Json,
                Description = new LocalizedText(
                    "项目给定的 Frac_GasMS：一个分数（用于全部粪便）或按粪便管理方式的对象。",
                    "Project-supplied Frac_GasMS: one fraction (all manure) or an object per manure system."),
            },
            new ParameterDescriptor
            {
                Name = HerdParameters.FracLeach,
                Type = ParameterType.Number,
                Minimum = 0,
                Maximum = 1,
                Description = new LocalizedText(
                    "淋溶径流损失的氮比例 Frac_leach（0–1）；给出时计算淋溶间接 N2O（注释中无缺省值）。",
                    "Fraction of manure N leached or run off, Frac_leach (0–1); when given, indirect N2O from leaching is computed (the notes give no default)."),
            },
            new ParameterDescriptor
            {
                Name = HerdParameters.AllowUnconfirmed,
                Type = ParameterType.Boolean,
                Description = new LocalizedText(
                    "允许使用注释标为未核实（UNCONFIRMED）的数值（每次使用都给出警告）。缺省 false。",
                    "Allow values the notes mark UNCONFIRMED (each use gives a warning). Default false."),
            },
            new ParameterDescriptor
            {
                Name = HerdParameters.ScaleStandard,
                Type = ParameterType.Text,
                Description = new LocalizedText(
                    "判断养殖规模所用的规模标准数据集，如 moa-2025、first-pollution-census、five-livestock、sichuan-2017。",
                    "Scale-threshold data set to classify the farm by, e.g. moa-2025, first-pollution-census, five-livestock, sichuan-2017."),
            },
            Quantity(HerdParameters.ManureTreatmentCapacity, HerdUnits.VolumePerTime, "m³/d", 0, null,
                "粪污处理设施能力（m³/d），作为事实 livestock.manure-treatment-capacity。",
                "Manure treatment capacity (m³/d), reported as the fact livestock.manure-treatment-capacity."),
            Quantity(HerdParameters.DistanceToWaterSource, Dimension.OfLength, "m", 0, null,
                "至最近饮用水水源的距离（m），作为事实 livestock.distance-to-water-source。",
                "Distance to the nearest drinking-water source (m), reported as the fact livestock.distance-to-water-source."),
            Quantity(HerdParameters.DistanceToHomes, Dimension.OfLength, "m", 0, null,
                "至最近居民点的距离（m），作为事实 livestock.distance-to-homes。",
                "Distance to the nearest homes (m), reported as the fact livestock.distance-to-homes."),
        ],
    };

    private static ParameterDescriptor Choice(string name, ImmutableArray<string> allowed, bool required, string zh, string en) => new()
    {
        Name = name,
        Type = ParameterType.Choice,
        Required = required,
        AllowedValues = allowed,
        Description = new LocalizedText(zh, en),
    };

    private static ParameterDescriptor Quantity(string name, Dimension dimension, string unit, double? minimum, double? maximum, string zh, string en) => new()
    {
        Name = name,
        Type = ParameterType.Quantity,
        Dimension = dimension,
        Unit = unit,
        Minimum = minimum,
        Maximum = maximum,
        Description = new LocalizedText(zh, en),
    };
}
